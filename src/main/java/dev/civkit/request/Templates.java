package dev.civkit.request;

import dev.civkit.air.Air;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The checks a raw request body (a file for {@code submit}, JSON pasted from the docs) gets
 * before it is sent: the rules the kit can judge without knowing every step type. Fields a
 * step type defines are left to the server.
 */
public final class Templates {
    private Templates() {}

    public static void check(JsonNode body) {
        if (body == null || !body.isObject()) throw new InvalidRequestException("$", "a workflow request body is a JSON object with \"steps\"");
        JsonValues.check("", body);
        JsonNode steps = body.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty())
            throw new InvalidRequestException("steps", "a workflow needs a non-empty \"steps\" array");
        for (int i = 0; i < steps.size(); i++) {
            JsonNode st = steps.get(i);
            if (!st.isObject()) throw new InvalidRequestException("steps[" + i + "]", "each step is a JSON object");
            JsonNode t = st.get("$type");
            if (t == null || !t.isString() || !t.asString().matches("[A-Za-z][A-Za-z0-9]*"))
                throw new InvalidRequestException("steps[" + i + "].$type", "is required: a step type such as imageGen or videoGen, got " + t);
            JsonNode input = st.get("input");
            if (input != null && !input.isNull() && !input.isObject())
                throw new InvalidRequestException("steps[" + i + "].input", "must be a JSON object, got " + input.getNodeType());
            StepRules.check("steps[" + i + "]", (tools.jackson.databind.node.ObjectNode) st);
        }
        StepRules.uniqueNames((ArrayNode) steps);
        Callbacks.check(body.get("callbacks"));
        JsonNode ext = body.get("externalId");
        if (ext != null && !ext.isNull() && (!ext.isString() || !Limits.EXTERNAL_ID.matcher(ext.asString()).matches()))
            throw new InvalidRequestException("externalId", "must be 1 to 128 characters of A-Z a-z 0-9 _ -, got " + (ext.isString() ? Text.quote(ext.asString()) : abbreviate(ext.toString())));
        JsonNode tags = body.get("tags");
        if (tags != null && !tags.isNull()) {
            if (!tags.isArray()) throw new InvalidRequestException("tags", "must be a list of text");
            if (tags.size() > Limits.MAX_TAGS)
                throw new InvalidRequestException("tags", "a workflow may have at most " + Limits.MAX_TAGS + " tags, got " + tags.size());
            for (JsonNode tag : tags) {
                if (!tag.isString()) throw new InvalidRequestException("tags", "a tag must be non-blank text, got " + tag);
                Limits.tag("tags", tag.asString());
            }
        }
        JsonNode args = body.get("arguments");
        References.check((ArrayNode) steps, args != null && args.isObject() && !args.isEmpty());
    }

    /** Null when fine, else the rule an AIR breaks, as {@link Air} explains it. */
    public static String airProblem(String air) {
        String problem = Air.problem(air);
        return problem == null ? null : "must be an AIR: " + problem;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
