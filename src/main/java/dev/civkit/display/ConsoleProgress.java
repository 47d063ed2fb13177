package dev.civkit.display;

import dev.civkit.client.Workflow;
import dev.civkit.wait.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One progress line rewritten in place (carriage return) while a workflow runs: status, the step at
 * work when there are several, a bar from its estimatedProgressRate or its place in the queue
 * ({@link Progress}), elapsed time. A ticker keeps the clock moving while a
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
    private volatile String lastSaid;
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
        // In a log a line per change of what the service says (status, step, queue), not of the clock or percent.
        if (!inPlace && w != null) {
            Progress p = Progress.of(w, Instant.now());
            String said = p.status() + "|" + p.step() + "|" + (p.queue() == null ? "" : p.queue().replaceAll("starts in ~.*", ""));
            if (!said.equals(lastSaid)) {
                lastSaid = said;
                out.println(line());
            }
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
        Progress p = Progress.of(last, Instant.now());
        StringBuilder b = new StringBuilder("waiting for ").append(id).append(" | ");
        if (p.step() != null) b.append(p.step()).append(' ');
        b.append(p.status());
        if (p.rate() != null) b.append(' ').append(bar(p.rate())).append(String.format(" %4s", p.percent()));
        if (p.queue() != null) b.append(" | ").append(p.queue());
        return b.append(" | ").append(StatusLine.seconds(Duration.ofNanos(System.nanoTime() - started))).toString();
    }

    static String bar(double p) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, p)) * WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }
}
