package dev.civkit.air;

/**
 * An AIR that does not parse, saying which part is wrong, the form expected and an example, so
 * a typo is fixed at the prompt instead of coming back as a 400 from the server.
 */
public final class MalformedAirException extends IllegalArgumentException {
    private final String part;

    MalformedAirException(String part, String problem, String given) {
        super(problem + " in " + quote(given) + "; expected " + Air.FORM + ", for example " + Air.EXAMPLE);
        this.part = part;
    }

    /** Which part is wrong: prefix, ecosystem, type, source, id, version, fileId, format or the whole value. */
    public String part() {
        return part;
    }

    private static String quote(String s) {
        if (s == null) return "null";
        return '"' + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + '"';
    }
}
