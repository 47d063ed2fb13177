package dev.civkit.display;

import java.io.PrintStream;

/**
 * What fits in JShell's value display. Its default feedback mode cuts a {@code var x = …} value at 80
 * characters and an expression's value at 1000, in the middle; a start-up file cannot change that
 * without changing the user's settings for every session. So values keep their text under the
 * limit, and a view verb whose text is longer prints it whole instead (not in a notebook, where the
 * value renders whole through its MIME bundle).
 */
public final class Fit {
    /** JShell's limit for an expression's value. */
    public static final int VALUE = 1000;
    /** JShell's limit for a {@code var}'s value. */
    public static final int VAR = 80;

    private Fit() {}

    /** The text itself when JShell would show it whole, else {@code summary}. */
    public static String orSummary(String text, String summary) {
        return text.length() <= VALUE ? text : summary;
    }

    /** Prints {@code text} whole when JShell would cut it and no notebook renders it; true when printed. */
    public static boolean printIfLong(PrintStream out, String text) {
        if (text.length() <= VALUE || NotebookDisplay.current() != null) return false;
        out.println(text);
        return true;
    }

    /** "118 lines, 4.2 KB": how big a text is, for a summary. */
    public static String size(String text) {
        long lines = text.lines().count();
        int n = text.length();
        return lines + " lines, " + (n < 1024 ? n + " chars" : String.format("%.1f KB", n / 1024.0));
    }
}
