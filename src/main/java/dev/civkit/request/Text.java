package dev.civkit.request;

/** Text rules: what UTF-8 can carry, and showing a bad value without flooding the message. */
public final class Text {
    private Text() {}

    /** The index of the first unpaired surrogate, or -1 when the text encodes as UTF-8 exactly. */
    public static int unpairedSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
                else return i;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** @throws InvalidRequestException naming {@code field} when the text has an unpaired surrogate */
    public static void requireEncodable(String field, CharSequence s) {
        int at = unpairedSurrogate(s);
        if (at >= 0)
            throw new InvalidRequestException(field, "text must be valid Unicode to be sent as UTF-8, but character " + at
                    + " is an unpaired surrogate \\u" + String.format("%04X", (int) s.charAt(at))
                    + " (half of an emoji cut in two?); got " + quote(s));
    }

    /** The value in quotes, shortened and with control characters escaped, for a message. */
    public static String quote(CharSequence s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        int n = Math.min(s.length(), 60);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) b.append(String.format("\\u%04X", (int) c));
            else b.append(c);
        }
        if (s.length() > n) b.append("…");
        return b.append('"').toString();
    }

    /** A failure in one line, for a report that lists several: its message's first line, or its type when it has no message. */
    public static String firstLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
