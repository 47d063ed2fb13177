package dev.civkit.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What a workflow costs in Buzz: {@code total} includes tips. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cost(
        Double base,
        Map<String, Double> factors,
        Map<String, Double> fixed,
        JsonNode tips,
        Map<String, Double> fees,
        Double total,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Cost {
        extra = Extra.normalise(extra);
    }
}
