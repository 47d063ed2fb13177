package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.json.Json;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns user-supplied values into JSON, refusing what the API could not take. */
final class Values {
    private Values() {}

    static JsonNode toNode(String field, Object value) {
        if (value == null) return Json.MAPPER.nullNode();
        if (value instanceof JsonNode n) return n.deepCopy();
        if (value instanceof StepRef r) return r.toNode();
        if (value instanceof Enum<?> e) return Json.MAPPER.getNodeFactory().textNode(e.toString());
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Map<?, ?> || value instanceof Iterable<?> || value.getClass().isArray()) {
            try {
                return Json.tree(value instanceof CharSequence cs ? cs.toString() : value);
            } catch (JacksonException e) {
                throw new InvalidRequestException(field, "cannot be written as JSON: " + e.getOriginalMessage());
            }
        }
        throw new InvalidRequestException(field, "takes text, a number, a boolean, a list, a map or JSON; got a "
                + value.getClass().getSimpleName());
    }

    static JsonNode parseObject(String field, String json) {
        JsonNode node;
        try {
            node = Json.parse(json);
        } catch (JacksonException e) {
            throw new InvalidRequestException(field, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) throw new InvalidRequestException(field, "must be a JSON object, got " + node.getNodeType());
        return node;
    }
}
