package dev.civkit.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 6902 JSON Patch over RFC 6901 pointers, applied to a copy: a patch that fails part-way
 * changes nothing, as the RFC requires. Every failure is a 400 keyed by the operation's index.
 */
final class JsonPatches {
    private static final Set<String> OPS = Set.of("add", "remove", "replace", "move", "copy", "test");

    private JsonPatches() {}

    /** Checks the document's shape (JsonPatchDocument) before anything is applied. */
    static void checkShape(JsonNode patch) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (patch == null || !patch.isArray()) {
            throw ApiProblem.validation("$", "A JSON Patch document is an array of operations.");
        }
        for (int i = 0; i < patch.size(); i++) {
            JsonNode op = patch.get(i);
            String at = "[" + i + "]";
            if (!op.isObject()) {
                errors.put(at, List.of("Each operation must be an object with op and path."));
                continue;
            }
            String name = op.path("op").asString("");
            if (!OPS.contains(name)) errors.put(at + ".op", List.of("The op must be one of add, remove, replace, move, copy, test."));
            if (!isPointer(op.get("path"))) errors.put(at + ".path", List.of("The path must be a JSON Pointer such as /metadata/key."));
            if ((name.equals("move") || name.equals("copy")) && !isPointer(op.get("from")))
                errors.put(at + ".from", List.of("A " + name + " needs a from pointer."));
            if ((name.equals("add") || name.equals("replace") || name.equals("test")) && !op.has("value"))
                errors.put(at + ".value", List.of("A " + name + " needs a value."));
        }
        if (!errors.isEmpty()) throw ApiProblem.validation(errors);
    }

    /** @return the patched copy of {@code target} */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        checkShape(patch);
        JsonNode doc = target.deepCopy();
        for (int i = 0; i < patch.size(); i++) {
            JsonNode op = patch.get(i);
            try {
                doc = applyOne(doc, op);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.validation("[" + i + "]", e.getMessage());
            }
        }
        return doc;
    }

    private static JsonNode applyOne(JsonNode doc, JsonNode op) {
        String path = op.get("path").asString();
        return switch (op.get("op").asString()) {
            case "add" -> add(doc, path, op.get("value").deepCopy());
            case "remove" -> remove(doc, path);
            case "replace" -> {
                get(doc, path); // must exist
                yield add(remove(doc, path), path, op.get("value").deepCopy());
            }
            case "move" -> {
                String from = op.get("from").asString();
                if (path.startsWith(from + "/")) throw new IllegalArgumentException("Cannot move " + from + " into its own child " + path + ".");
                JsonNode value = get(doc, from).deepCopy();
                yield add(remove(doc, from), path, value);
            }
            case "copy" -> add(doc, path, get(doc, op.get("from").asString()).deepCopy());
            case "test" -> {
                if (!get(doc, path).equals(op.get("value"))) throw new IllegalArgumentException("The test at " + path + " failed.");
                yield doc;
            }
            default -> throw new IllegalArgumentException("Unknown op.");
        };
    }

    private static JsonNode add(JsonNode doc, String path, JsonNode value) {
        if (path.isEmpty()) return value;
        List<String> tokens = tokens(path);
        JsonNode parent = walk(doc, tokens.subList(0, tokens.size() - 1), path);
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            int idx = last.equals("-") ? a.size() : index(last, a.size() + 1, path);
            a.insert(idx, value);
        } else {
            throw new IllegalArgumentException("The parent of " + path + " is not an object or array.");
        }
        return doc;
    }

    private static JsonNode remove(JsonNode doc, String path) {
        if (path.isEmpty()) throw new IllegalArgumentException("Cannot remove the whole document.");
        List<String> tokens = tokens(path);
        JsonNode parent = walk(doc, tokens.subList(0, tokens.size() - 1), path);
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (!o.has(last)) throw new IllegalArgumentException("Nothing at " + path + " to remove.");
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(last, a.size(), path));
        } else {
            throw new IllegalArgumentException("Nothing at " + path + " to remove.");
        }
        return doc;
    }

    private static JsonNode get(JsonNode doc, String path) {
        return walk(doc, tokens(path), path);
    }

    private static JsonNode walk(JsonNode node, List<String> tokens, String path) {
        for (String t : tokens) {
            JsonNode next = node.isArray() ? node.get(index(t, node.size(), path)) : node.isObject() ? node.get(t) : null;
            if (next == null) throw new IllegalArgumentException("The path " + path + " does not exist.");
            node = next;
        }
        return node;
    }

    private static int index(String token, int bound, String path) {
        if (!token.matches("0|[1-9][0-9]{0,8}")) throw new IllegalArgumentException("'" + token + "' in " + path + " is not an array index.");
        int i = Integer.parseInt(token);
        if (i >= bound) throw new IllegalArgumentException("Index " + i + " in " + path + " is out of bounds.");
        return i;
    }

    static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) return out;
        for (String raw : pointer.substring(1).split("/", -1)) out.add(raw.replace("~1", "/").replace("~0", "~"));
        return out;
    }

    private static boolean isPointer(JsonNode n) {
        if (n == null || !n.isString()) return false;
        String s = n.asString();
        return (s.isEmpty() || s.startsWith("/")) && !s.matches(".*~([^01]|$).*");
    }
}
