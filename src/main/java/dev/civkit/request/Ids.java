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

    /** A step name, by the rule {@code h.step(name)} addresses it with: when written, and when addressed. */
    public static String stepName(String name, String parameter) {
        return checkName(name, parameter, "a step name (h.step(name) puts it in the URL)", false);
    }

    /**
     * A name the kit will later put into a URL as one path segment: a step name ({@code h.step(name)},
     * {@code patchStep}) or a tag ({@code untag(tag)}). Checked when the workflow is built, by the rule
     * {@link #check} applies when the name is addressed, so a name the kit could not address is refused
     * before anything is sent rather than after the workflow was created and paid for. Taken exactly
     * as written: spaces around it are refused, not stripped, since the service keeps them.
     *
     * @param what what the name is for, e.g. "a step name (h.step(name) puts it in the URL)"
     * @param innerSpaces whether spaces inside are allowed (a tag such as "red fox"; encoded, they address it still)
     */
    static String checkName(String name, String parameter, String what, boolean innerSpaces) {
        if (name == null) throw new InvalidRequestException(parameter, what + " must not be null");
        String shown = Text.quote(name);
        if (name.isBlank()) throw new InvalidRequestException(parameter, what + " must not be blank, got " + shown);
        if (!name.equals(name.strip()))
            throw new InvalidRequestException(parameter, what + " cannot start or end with a space, got " + shown);
        if (name.equals(".") || name.equals(".."))
            throw new InvalidRequestException(parameter, what + " cannot be '.' or '..' (that would address another endpoint), got " + shown);
        if (name.length() > Limits.MAX_ID_LENGTH)
            throw new InvalidRequestException(parameter, what + " has at most " + Limits.MAX_ID_LENGTH + " characters, got " + name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%')
                throw new InvalidRequestException(parameter, what + " cannot contain '" + c + "', got " + shown);
            if (Character.isISOControl(c) || (Character.isWhitespace(c) && !(innerSpaces && c == ' ')))
                throw new InvalidRequestException(parameter, what + " cannot contain " + (innerSpaces ? "tabs, line breaks or control characters" : "spaces or control characters") + ", got " + shown);
        }
        return name;
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
