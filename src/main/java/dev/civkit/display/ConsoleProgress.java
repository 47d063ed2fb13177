package dev.civkit.display;

import dev.civkit.client.Workflow;
import dev.civkit.wait.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One progress line rewritten in place (carriage return) while a workflow runs: status, a bar
 * from the steps' estimatedProgressRate, elapsed time. A ticker keeps the clock moving while a
 * long-poll holds the request. With {@code inPlace} false (logs, CI) it prints a line per status
 * change instead.
 */
public final class ConsoleProgress implements ProgressListener {
    private static final int WIDTH = 20;

    private final PrintStream out;
    private final boolean inPlace;
    private final String id;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile Workflow last;
    private volatile String lastStatus;
    private int drawn;

    public ConsoleProgress(PrintStream out, boolean inPlace, String workflowId, Workflow initial) {
        this.out = out;
        this.inPlace = inPlace;
        this.id = workflowId;
        this.last = initial;
        if (inPlace) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "civkit-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, 0, 250, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
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
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                out.print("\r" + " ".repeat(drawn) + "\r");
                out.flush();
            }
        }
    }

    private synchronized void draw() {
        String s = line();
        out.print("\r" + s + (s.length() < drawn ? " ".repeat(drawn - s.length()) : ""));
        out.flush();
        drawn = s.length();
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
