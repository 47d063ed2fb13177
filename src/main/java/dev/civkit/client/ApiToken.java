package dev.civkit.client;

import dev.civkit.request.InvalidRequestException;
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
        return of(value, "token");
    }

    /**
     * As {@link #of(String)}; {@code source} names where the token came from ({@code CIVITAI_API_TOKEN},
     * {@code token(…)}) for the message when it cannot be sent. A token travels in an HTTP header,
     * which carries visible ASCII only: anything else (a line break, a pasted quote, a non-ASCII
     * letter) is refused here, once, instead of failing every request as a network error.
     * The token itself is never part of the message.
     */
    public static ApiToken of(String value, String source) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x21 || c > 0x7e)
                throw new InvalidRequestException(source, "the API token has a character an HTTP header cannot carry ("
                        + describe(c) + " at position " + (i + 1) + " of " + v.length() + "); copy the token again from civitai.com/user/account");
        }
        return new ApiToken(v);
    }

    private static String describe(char c) {
        if (c == ' ') return "a space";
        if (c == '\n' || c == '\r') return "a line break";
        if (c == '\t') return "a tab";
        if (Character.isISOControl(c)) return "a control character";
        return "the non-ASCII character U+" + String.format("%04X", (int) c);
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
