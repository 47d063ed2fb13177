package dev.civkit.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.civkit.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A workflow as the API answers it. Fields the kit does not model stay in {@link #extra()} and
 * are written back unchanged, because the API grows faster than any client.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Workflow(
        String id,
        String createdAt,
        String startedAt,
        String completedAt,
        String status,
        List<Step> steps,
        List<String> tags,
        Map<String, Object> metadata,
        Map<String, Object> arguments,
        JsonNode callbacks,
        JsonNode tips,
        Cost cost,
        Transactions transactions,
        String externalId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "expired", "canceled");

    public Workflow {
        steps = steps == null ? List.of() : List.copyOf(steps);
        extra = Extra.normalise(extra);
    }

    public static Workflow fromJson(String json) {
        return Json.MAPPER.readValue(json, Workflow.class);
    }

    public static Workflow fromJson(JsonNode json) {
        return Json.MAPPER.treeToValue(json, Workflow.class);
    }

    @JsonIgnore
    public boolean isTerminal() {
        return isTerminal(status);
    }

    public static boolean isTerminal(String status) {
        return status != null && TERMINAL.contains(status);
    }

    @JsonIgnore
    public boolean succeeded() {
        return "succeeded".equals(status);
    }

    /** Total Buzz of this workflow, or null when the server has not priced it. */
    @JsonIgnore
    public Double totalCost() {
        return cost == null ? null : cost.total();
    }

    /** Mean progress over the steps that report one, or null when none does. */
    @JsonIgnore
    public Double progress() {
        if (isTerminal()) return 1.0;
        double sum = 0;
        int n = 0;
        for (Step s : steps) {
            if (Workflow.isTerminal(s.status())) {
                sum += 1;
                n++;
            } else if (s.estimatedProgressRate() != null) {
                sum += s.estimatedProgressRate();
                n++;
            } else {
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    public JsonNode toJsonNode() {
        return Json.tree(this);
    }

    public String toJson() {
        return Json.pretty(this);
    }
}
