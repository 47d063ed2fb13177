package dev.civkit.display;

import dev.civkit.client.Workflow;
import dev.civkit.wait.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One progress line rewritten in place (carriage return) while a workflow runs: status, a bar
 * from the steps' estimatedProgressRate, elapsed time. A ticker keeps the clock moving while a
 * long-poll holds the request. With {@code inPlace} false (logs, CI) it prints a line per status
 * change instead.
 */
final class ConsoleProgress implements ProgressListener {
    private static final int WIDTH = 20;

    private final PrintStream out;
    private final boolean inPlace;
    private final String id;
    private final long started = System.nanoTime();
    private final LiveLine live;
    private volatile Workflow last;
    private volatile String lastStatus;
    private final Path saveTo;
    private final long noteAfterNanos;
    private boolean noted;

    ConsoleProgress(PrintStream out, boolean inPlace, String workflowId, Workflow initial) {
        this(out, inPlace, workflowId, initial, null, Duration.ZERO);
    }

    /**
     * As above; a wait that lasts {@code noteAfter} (a long quick start) also says, once, where
     * {@code show()} or {@code download()} will save the files: {@code saveTo}.
     */
    ConsoleProgress(PrintStream out, boolean inPlace, String workflowId, Workflow initial, Path saveTo, Duration noteAfter) {
        this.out = out;
        this.inPlace = inPlace;
        this.id = workflowId;
        this.last = initial;
        this.saveTo = saveTo;
        this.noteAfterNanos = noteAfter.toNanos();
        if (inPlace) {
            live = new LiveLine(out, "civkit-progress", this::line, this::note);
        } else {
            live = null;
            update(initial);
        }
    }

    @Override
    public void update(Workflow w) {
        last = w;
        if (!inPlace && w != null && !w.status().equals(lastStatus)) {
            lastStatus = w.status();
            out.println(line());
        }
    }

    @Override
    public boolean visible() {
        return inPlace;
    }

    @Override
    public void finish(Workflow w) {
        last = w;
        if (live != null) live.stop();
    }

    /** Once, when the wait has lasted long enough: where the files will go. */
    private String note() {
        if (noted || saveTo == null || System.nanoTime() - started < noteAfterNanos) return null;
        noted = true;
        return "files will be saved in " + saveTo + " (show() or download() when it is done)";
    }

    String line() {
        Workflow w = last;
        String status = w == null || w.status() == null ? "submitted" : w.status();
        Double p = w == null ? null : w.progress();
        String bar = p == null ? "[" + "?".repeat(WIDTH) + "]" : bar(p);
        String pct = p == null ? "" : String.format(" %3d%%", Math.round(p * 100));
        return "waiting for " + id + " | " + status + " " + bar + pct + " | "
                + StatusLine.seconds(Duration.ofNanos(System.nanoTime() - started));
    }

    static String bar(double p) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, p)) * WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }
}
