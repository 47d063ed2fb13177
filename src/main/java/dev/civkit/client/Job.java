package dev.civkit.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A unit of work a step emitted; on failure {@code reason} (and {@code blockedReason}) say why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Job(
        String id,
        String status,
        String startedAt,
        String completedAt,
        Double cost,
        Double estimatedProgressRate,
        JsonNode queuePosition,
        String reason,
        String blockedReason,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Job {
        extra = Extra.normalise(extra);
    }
}
