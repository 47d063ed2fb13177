package dev.civkit.request;

/**
 * Checks an id before it becomes a URL path segment: OkHttp would encode {@code /}, but {@code .}
 * and {@code ..} are resolved as path steps and would request another endpoint, and control
 * characters or spaces are never part of a real id.
 */
public final class Ids {
    private Ids() {}

    /** @param parameter how the user wrote it, e.g. {@code workflow(id)} or {@code blobId} */
    public static String check(String id, String parameter) {
        if (id == null) throw new InvalidRequestException(parameter, "must not be null: pass an id such as \"wf_01…\", got null");
        String s = id.strip();
        String shown = Text.quote(id);
        if (s.isEmpty()) throw new InvalidRequestException(parameter, "an id must not be empty, got " + shown);
        if (s.equals(".") || s.equals(".."))
            throw new InvalidRequestException(parameter, "an id cannot be '.' or '..' (that would address another endpoint), got " + shown);
        if (s.length() > Limits.MAX_ID_LENGTH)
            throw new InvalidRequestException(parameter, "an id has at most " + Limits.MAX_ID_LENGTH + " characters, got " + s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%')
                throw new InvalidRequestException(parameter, "an id cannot contain '" + c + "' (it would change the URL), got " + shown);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c))
                throw new InvalidRequestException(parameter, "an id cannot contain spaces or control characters, got " + shown);
        }
        return s;
    }
}
