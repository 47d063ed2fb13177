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

    /**
     * One line of at most {@code max} characters: {@code head} (shortened with "…" only when it alone is too long),
     * then as many of {@code more}, in order, as fit, each after " | ". The first of {@code more} says what the
     * value is for, the rest are hints that can go.
     */
    public static String line(int max, String head, String... more) {
        StringBuilder b = new StringBuilder(head.length() <= max ? head : head.substring(0, max - 1) + "…");
        for (String m : more) {
            if (b.length() + 3 + m.length() > max) break;
            b.append(" | ").append(m);
        }
        return b.toString();
    }

    /** "118 lines, 4.2 KB": how big a text is, for a summary. */
    public static String size(String text) {
        long lines = text.lines().count();
        int n = text.length();
        return lines + " lines, " + (n < 1024 ? n + " chars" : String.format("%.1f KB", n / 1024.0));
    }
}
