package dev.civkit.display;

import dev.civkit.client.Workflow;
import dev.civkit.wait.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One progress line while a workflow runs: status, the step at work when there are several, a bar
 * from its estimatedProgressRate or its place in the queue ({@link Progress}), elapsed time. With
 * {@code inPlace} (a terminal) it is rewritten in place and a ticker keeps the clock moving while a
 * long-poll holds the request; otherwise (a pipe, a log, CI) it comes as plain lines ({@link LiveLine}):
 * at each change of what the service says (status, step, place in the queue), each tenth of progress
 * and now and then while nothing changes.
 */
final class ConsoleProgress implements ProgressListener, LiveLine.Source {
    private static final int WIDTH = 20;

    private final boolean inPlace;
    private final boolean watched;
    private final String id;
    private final long started = System.nanoTime();
    private volatile LiveLine live;
    private volatile Workflow last;
    private final Path saveTo;
    private final long noteAfterNanos;
    private boolean noted;

    /** Not shown yet: {@link #start} shows it. */
    ConsoleProgress(boolean inPlace, boolean watched, String workflowId, Workflow initial, Path saveTo, Duration noteAfter) {
        this.inPlace = inPlace;
        this.watched = watched;
        this.id = workflowId;
        this.last = initial;
        this.saveTo = saveTo;
        this.noteAfterNanos = noteAfter.toNanos();
    }

    /**
     * Shows the wait on {@code out}, redrawn when {@code inPlace}; {@code watched}: a person reads it
     * (JShell, in a terminal or a log, not the CLI's stderr), so it is kept current by reads of its
     * own while a long-poll is held. A wait that lasts {@code noteAfter} (a long quick start) also
     * says, once, where {@code show()} or {@code download()} will save the files: {@code saveTo}.
     */
    static ConsoleProgress start(PrintStream out, boolean inPlace, boolean watched, String workflowId, Workflow initial, Path saveTo,
                                 Duration noteAfter) {
        ConsoleProgress p = new ConsoleProgress(inPlace, watched, workflowId, initial, saveTo, noteAfter);
        p.live = LiveLine.start(out, inPlace, "civkit-progress", p);
        return p;
    }

    @Override
    public void update(Workflow w) {
        last = w;
        live.changed();
    }

    @Override
    public boolean visible() {
        return watched;
    }

    @Override
    public void finish(Workflow w) {
        last = w;
        live.stop();
    }

    /** What the service says (status, step, queue), not the clock or the percent: a change of it is a line in a log. */
    @Override
    public String state() {
        Progress p = Progress.of(last, Instant.now());
        return p.status() + "|" + p.step() + "|" + (p.queue() == null ? "" : p.queue().replaceAll("starts in ~.*", ""));
    }

    @Override
    public double fraction() {
        return Progress.of(last, Instant.now()).fraction();
    }

    /** Once, when the wait has lasted long enough: where the files will go. */
    @Override
    public synchronized String note() {
        if (noted || saveTo == null || System.nanoTime() - started < noteAfterNanos) return null;
        noted = true;
        return "files will be saved in " + saveTo + " (show() or download() when it is done)";
    }

    @Override
    public String line() {
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
