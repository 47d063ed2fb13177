package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.JsonValues;
import dev.civkit.request.StrictJson;
import tools.jackson.databind.JsonNode;

/** Turns user-supplied values into JSON, refusing what the API could not take. */
final class Values {
    private Values() {}

    /** The JSON for a user's value: JSON-shaped values (see {@link JsonValues}) and step references. */
    static JsonNode toNode(String field, Object value) {
        return JsonValues.of(field, value, v -> v instanceof StepRef r ? r.toNode() : null);
    }

    /** Pasted JSON (a step input, a request body), read strictly: duplicate keys, 1e400 and the like are refused. */
    static JsonNode parseObject(String field, String json) {
        JsonNode node = StrictJson.parse(field, json);
        if (!node.isObject()) throw new InvalidRequestException(field, "must be a JSON object, got " + node.getNodeType());
        return node;
    }
}
