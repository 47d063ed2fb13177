package dev.civkit.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** RFC 7807 error body; {@code errors} maps a field path to what is wrong with it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(
        String type,
        String title,
        Integer status,
        String detail,
        String instance,
        Map<String, List<String>> errors,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ProblemDetails {
        errors = errors == null ? Map.of() : errors;
        extra = Extra.normalise(extra);
    }
}
