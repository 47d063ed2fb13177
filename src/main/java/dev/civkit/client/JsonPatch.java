package dev.civkit.client;

import dev.civkit.json.Json;
import dev.civkit.request.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON Patch (RFC 6902) document for PatchWorkflow and PatchWorkflowStep, checked as it is
 * written so a bad operation fails here rather than as a 400. Immutable: each call answers a
 * longer patch.
 *
 * <pre>{@code
 * JsonPatch.ops().add("/metadata/project", "cats").remove("/tags/0")
 * }</pre>
 */
public final class JsonPatch {
    private static final Set<String> OPS = Set.of("add", "remove", "replace", "move", "copy", "test");
    private final List<ObjectNode> ops;

    private JsonPatch(List<ObjectNode> ops) {
        this.ops = List.copyOf(ops);
    }

    /** An empty patch to add operations to. */
    public static JsonPatch ops() {
        return new JsonPatch(List.of());
    }

    /** A patch written as JSON, e.g. pasted from the docs: {@code [{"op":"add","path":"/tags/-","value":"x"}]}. */
    public static JsonPatch fromJson(String json) {
        JsonNode n = Json.parse(json);
        if (!n.isArray()) throw new IllegalArgumentException("a JSON Patch is an array of operations, got " + n.getNodeType());
        JsonPatch p = ops();
        for (int i = 0; i < n.size(); i++) {
            JsonNode op = n.get(i);
            if (!op.isObject()) throw new IllegalArgumentException("patch[" + i + "] must be an object with op and path");
            p = p.with(i, (ObjectNode) op.deepCopy());
        }
        return p;
    }

    public JsonPatch add(String path, Object value) { return op("add", path, null, value, true); }

    public JsonPatch replace(String path, Object value) { return op("replace", path, null, value, true); }

    public JsonPatch test(String path, Object value) { return op("test", path, null, value, true); }

    public JsonPatch remove(String path) { return op("remove", path, null, null, false); }

    public JsonPatch move(String from, String path) { return op("move", path, from, null, false); }

    public JsonPatch copy(String from, String path) { return op("copy", path, from, null, false); }

    /** Escapes one key for a JSON Pointer ({@code ~} and {@code /}), e.g. a metadata key with a slash. */
    public static String pointer(String... keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) sb.append('/').append(k.replace("~", "~0").replace("/", "~1"));
        return sb.toString();
    }

    private JsonPatch op(String op, String path, String from, Object value, boolean hasValue) {
        ObjectNode n = Json.object().put("op", op).put("path", path);
        if (from != null) n.put("from", from);
        if (hasValue) n.set("value", JsonValues.of("value", value));
        return with(ops.size(), n);
    }

    private JsonPatch with(int index, ObjectNode n) {
        String at = "patch[" + index + "]";
        String op = n.path("op").asString("");
        if (!OPS.contains(op)) throw new IllegalArgumentException(at + ".op must be one of " + OPS + ", got " + n.get("op"));
        checkPointer(at + ".path", n.get("path"));
        if ((op.equals("move") || op.equals("copy"))) checkPointer(at + ".from", n.get("from"));
        if ((op.equals("add") || op.equals("replace") || op.equals("test")) && !n.has("value"))
            throw new IllegalArgumentException(at + " (" + op + ") needs a value");
        List<ObjectNode> next = new ArrayList<>(ops);
        next.add(n);
        return new JsonPatch(next);
    }

    private static void checkPointer(String at, JsonNode p) {
        if (p == null || !p.isString())
            throw new IllegalArgumentException(at + " is required: a JSON Pointer such as /metadata/key");
        String s = p.asString();
        if (!s.isEmpty() && !s.startsWith("/"))
            throw new IllegalArgumentException(at + " must be a JSON Pointer starting with '/', got \"" + s + "\"");
        if (s.matches(".*~([^01]|$).*"))
            throw new IllegalArgumentException(at + " has a '~' not followed by 0 or 1 (write ~0 for ~ and ~1 for /)");
    }

    public int size() {
        return ops.size();
    }

    public ArrayNode toJsonNode() {
        ArrayNode a = Json.array();
        ops.forEach(o -> a.add(o.deepCopy()));
        return a;
    }

    public String toJson() {
        return Json.write(toJsonNode());
    }

    @Override
    public String toString() {
        return toJson();
    }
}
