package dev.civkit.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A workflow step as answered: its template fields plus status, jobs and output. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Step(
        @JsonProperty("$type") String type,
        String name,
        String priority,
        String timeout,
        Integer retries,
        String status,
        String startedAt,
        String completedAt,
        Double estimatedProgressRate,
        JsonNode input,
        JsonNode output,
        List<Job> jobs,
        Map<String, Object> metadata,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Step {
        jobs = jobs == null ? null : List.copyOf(jobs);
        extra = Extra.normalise(extra);
    }
}
