package dev.civkit.sandbox;

import tools.jackson.databind.JsonNode;

/** The small path language of step references: dotted names with [n] indexes, e.g. {@code output.images[0].url}. */
final class JsonPath {
    private JsonPath() {}

    /** @return the node at the path, or null when any segment is missing; an empty path is the root. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode cur = root;
        if (path == null || path.isBlank()) return cur;
        for (String part : path.split("\\.")) {
            if (cur == null) return null;
            int bracket = part.indexOf('[');
            String name = bracket >= 0 ? part.substring(0, bracket) : part;
            if (!name.isEmpty()) cur = cur.get(name);
            while (cur != null && bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) return null;
                try {
                    cur = cur.get(Integer.parseInt(part.substring(bracket + 1, close)));
                } catch (NumberFormatException e) {
                    return null;
                }
                bracket = part.indexOf('[', close);
            }
        }
        return cur == null || cur.isMissingNode() ? null : cur;
    }
}
