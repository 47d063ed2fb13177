package dev.civkit.sweep;

import dev.civkit.display.StatusLine;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;

/** One line for the whole sweep, rewritten in place: done / running / failed / ETA / Buzz spent. */
final class SweepProgress implements AutoCloseable {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final DoubleAdder spent = new DoubleAdder();
    private final int total;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private int drawn;

    SweepProgress(PrintStream out, int total, boolean inPlace) {
        this.out = out;
        this.total = total;
        if (inPlace) {
            ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "civkit-sweep-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, 0, 250, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    String line() {
        int d = done.get();
        long elapsed = System.nanoTime() - started;
        String eta = d == 0 ? "?" : StatusLine.seconds(Duration.ofNanos(elapsed / d * (total - d)));
        return "sweep " + d + "/" + total + " done | " + running.get() + " running | " + failed.get() + " failed | ETA "
                + eta + " | " + StatusLine.buzz(Math.round(spent.sum() * 100) / 100.0) + " Buzz spent | "
                + StatusLine.seconds(Duration.ofNanos(elapsed));
    }

    private synchronized void draw() {
        String s = line();
        out.print("\r" + s + (s.length() < drawn ? " ".repeat(drawn - s.length()) : ""));
        out.flush();
        drawn = s.length();
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            synchronized (this) {
                out.print("\r" + " ".repeat(drawn) + "\r");
            }
        }
        out.println(line());
    }
}
