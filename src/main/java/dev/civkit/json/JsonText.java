package dev.civkit.json;

import tools.jackson.databind.JsonNode;

/**
 * JSON that prints as JSON: JShell shows a String with every quote escaped, which makes a request
 * body unreadable, while this prints pretty and still reads as text where a CharSequence fits.
 */
public final class JsonText implements CharSequence {
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

    @Override
    public int length() {
        return pretty.length();
    }

    @Override
    public char charAt(int index) {
        return pretty.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return pretty.subSequence(start, end);
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
        return pretty;
    }
}
