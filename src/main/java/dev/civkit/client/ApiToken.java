package dev.civkit.client;

import java.util.Objects;

/**
 * A bearer token that cannot leak by accident: it prints masked everywhere, and only the
 * client's auth interceptor reads the real value.
 */
public final class ApiToken {
    private final String value;

    private ApiToken(String value) {
        this.value = value;
    }

    /** Null or blank text gives null: no token means the sandbox. */
    public static ApiToken of(String value) {
        if (value == null || value.isBlank()) return null;
        return new ApiToken(value.strip());
    }

    String reveal() {
        return value;
    }

    /** Shows the length and last two characters only, enough to tell two tokens apart. */
    public String masked() {
        String tail = value.length() > 12 ? value.substring(value.length() - 2) : "";
        return "****" + tail + " (" + value.length() + " chars)";
    }

    /** Whether a piece of text contains this token (used to scrub server-echoed text). */
    public boolean appearsIn(String text) {
        return text != null && text.contains(value);
    }

    public String scrub(String text) {
        return text == null ? null : text.replace(value, "****");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
