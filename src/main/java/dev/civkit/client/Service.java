package dev.civkit.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of the service catalogue (ListServices / GetService) and how it is doing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Service(
        String id,
        String category,
        Map<String, String> parameters,
        String step,
        String submit,
        String estimate,
        String name,
        String description,
        List<String> tags,
        String status,
        JsonNode modalities,
        JsonNode metrics,
        JsonNode history,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Service {
        extra = Extra.normalise(extra);
    }

    /** One line: status, id, the step type it is reached through, its name. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-11s %-40s %-14s %s", status, id, step == null ? "" : step, name == null ? "" : name);
    }
}
