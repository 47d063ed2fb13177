package dev.civkit.display;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A progress line kept current while the caller blocks, in one of two ways. On a terminal it is
 * redrawn in place (carriage return) four times a second and blanked when stopped. Anywhere else (a
 * pipe, a log file, CI) a redraw would pile up as one endless line, so it prints whole lines: one at
 * the start, one when the {@link Source#state() state} changes, one per tenth of the work done (at
 * most one every {@value #MIN_GAP_SECONDS} s) and one every {@value #QUIET_SECONDS} s while nothing
 * else was said. Plain ASCII: a POSIX-locale JShell prints '?' for more.
 */
public final class LiveLine {
    static final int MIN_GAP_SECONDS = 5;
    static final int QUIET_SECONDS = 30;

    /** What the line shows; asked from the ticker thread. */
    public interface Source {
        /** The line as it is now. */
        String line();

        /** A line to print once, above the live line or between plain ones; null while there is none. */
        default String note() {
            return null;
        }

        /** A change of this (a workflow's status) is worth a line in a log at once. */
        default String state() {
            return "";
        }

        /** How much of the work is done, 0 to 1; negative when unknown. */
        default double fraction() {
            return -1;
        }
    }

    private final PrintStream out;
    private final Source source;
    private final boolean inPlace;
    /** The terminal's width: a line redrawn in place must not wrap, or each redraw leaves a line behind. */
    private final int columns;
    private final ScheduledExecutorService ticker;
    private int drawn;
    private long lastLineAt;
    private String lastState;
    private int lastTenth;
    private boolean started;

    /** Plain lines with no ticker: the rule alone, driven by a test's readings. */
    static LiveLine plain(PrintStream out, Source source) {
        return new LiveLine(out, source, false, Integer.MAX_VALUE, "unused");
    }

    private LiveLine(PrintStream out, Source source, boolean inPlace, int columns, String threadName) {
        this.out = out;
        this.source = source;
        this.inPlace = inPlace;
        this.columns = columns;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts showing {@code source} on {@code out}: redrawn in place when {@code inPlace} (see
     * {@link #inPlace(boolean)}), else as plain lines.
     */
    public static LiveLine start(PrintStream out, boolean inPlace, String threadName, Source source) {
        LiveLine l = new LiveLine(out, source, inPlace, inPlace ? Terminals.columns() : Integer.MAX_VALUE, threadName);
        if (inPlace) {
            l.ticker.scheduleAtFixedRate(l::draw, 0, 250, TimeUnit.MILLISECONDS);
        } else {
            // The first line on the caller's thread: a wait that ends at once still leaves its line in the log.
            l.check();
            l.ticker.scheduleAtFixedRate(l::check, 1, 1, TimeUnit.SECONDS);
        }
        return l;
    }

    /**
     * Whether a line redrawn in place reaches a person: {@code preferred} and the output is a
     * terminal (in JShell, jshell's own), not a pipe, a file or a CI log.
     */
    public static boolean inPlace(boolean preferred) {
        return preferred && Terminals.isTerminal();
    }

    /** Something the line shows changed: a plain line for a new state is printed now, not at the next tick. */
    public void changed() {
        if (!inPlace) check();
    }

    private synchronized void draw() {
        String above = source.note();
        if (above != null) {
            out.print("\r" + " ".repeat(drawn) + "\r" + above + "\n");
            drawn = 0;
        }
        String s = fit(source.line(), columns);
        out.print("\r" + s + (s.length() < drawn ? " ".repeat(drawn - s.length()) : ""));
        out.flush();
        drawn = s.length();
    }

    /**
     * The line cut to one column less than the terminal (a line filling the last column wraps on some
     * terminals), ending in "..": its first parts, the workflow, its status and the bar, are what matter.
     */
    static String fit(String line, int columns) {
        if (line.length() < columns) return line;
        return columns < 4 ? "" : line.substring(0, columns - 3) + "..";
    }

    private void check() {
        check(System.nanoTime());
    }

    /** The plain-line rule at {@code now} (nanoTime): prints a line when one is due. */
    synchronized void check(long now) {
        String note = source.note();
        if (note != null) out.println(note);
        String state = source.state();
        double f = source.fraction();
        int tenth = f < 0 ? 0 : (int) Math.floor(Math.min(1, f) * 10);
        long since = now - lastLineAt;
        boolean due = !started
                || !state.equals(lastState)
                || (tenth > lastTenth && since >= TimeUnit.SECONDS.toNanos(MIN_GAP_SECONDS))
                || since >= TimeUnit.SECONDS.toNanos(QUIET_SECONDS);
        if (!due) return;
        started = true;
        lastLineAt = now;
        // A new state (the next step) starts its own tenths.
        lastTenth = state.equals(lastState) ? Math.max(lastTenth, tenth) : tenth;
        lastState = state;
        out.println(source.line());
        out.flush();
    }

    /** Stops; a line redrawn in place is blanked, leaving the cursor at its start. */
    public void stop() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!inPlace) return;
        synchronized (this) {
            out.print("\r" + " ".repeat(drawn) + "\r");
            out.flush();
        }
    }
}
