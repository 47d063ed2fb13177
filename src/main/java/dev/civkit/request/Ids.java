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
        return check(id, parameter, false);
    }

    /**
     * A service id such as {@code image/flux2/klein/createImage/9b} is a path of names that travels as one
     * encoded segment, so its slashes are allowed; its parts still may not be empty, {@code .} or {@code ..}.
     */
    public static String checkServiceId(String id, String parameter) {
        String s = check(id, parameter, true);
        for (String part : s.split("/", -1))
            if (part.isEmpty() || part.equals(".") || part.equals(".."))
                throw new InvalidRequestException(parameter, "each part of a service id between '/' must be a name (not empty, '.' or '..'), got " + Text.quote(id));
        return s;
    }

    private static String check(String id, String parameter, boolean slashes) {
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
            if ((c == '/' && !slashes) || c == '\\' || c == '?' || c == '#' || c == '%')
                throw new InvalidRequestException(parameter, "an id cannot contain '" + c + "' (it would change the URL), got " + shown);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c))
                throw new InvalidRequestException(parameter, "an id cannot contain spaces or control characters, got " + shown);
        }
        return s;
    }
}
