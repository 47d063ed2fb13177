package dev.civkit.json;

import tools.jackson.databind.JsonNode;

/**
 * JSON that prints as JSON: JShell shows a String with every quote escaped, which makes a request
 * body unreadable, while this prints pretty. JShell cuts a value longer than 1000 characters in the
 * middle, so a longer one prints as a one-line summary (the verbs that return it print it whole
 * first); {@link #text()} and {@link #print()} always give all of it.
 */
public final class JsonText {
    /** JShell's limit for an expression's value (display.Fit has the same number; json sits below it). */
    private static final int SHOWN = 1000;

    private final JsonNode node;
    private final String pretty;

    public JsonText(JsonNode node) {
        this.node = node;
        this.pretty = Json.pretty(node);
    }

    public JsonNode node() {
        return node.deepCopy();
    }

    /** The compact form, as sent over the wire. */
    public String compact() {
        return Json.write(node);
    }

    /** The whole pretty JSON. */
    public String text() {
        return pretty;
    }

    /** Prints the whole pretty JSON. */
    public void print() {
        System.out.println(pretty);
    }

    /** For the notebook kernel, which shows a value whole: all of the JSON. */
    public java.util.Map<String, Object> toMimeBundle() {
        return java.util.Map.of("text/plain", pretty);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonText t && t.node.equals(node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        if (pretty.length() <= SHOWN) return pretty;
        long lines = pretty.lines().count();
        return String.format("JSON, %d lines, %.1f KB: print() shows it whole, node() is the tree", lines, pretty.length() / 1024.0);
    }
}
