package dev.civkit.display;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One console line redrawn in place (carriage return) four times a second, so a clock keeps moving
 * while the caller blocks; cleared when stopped. Plain ASCII: a POSIX-locale JShell prints '?' for more.
 */
public final class LiveLine {
    private final PrintStream out;
    private final Supplier<String> text;
    private final Supplier<String> note;
    private final ScheduledExecutorService ticker;
    private int drawn;

    public LiveLine(PrintStream out, String threadName, Supplier<String> text) {
        this(out, threadName, text, () -> null);
    }

    /** With {@code note}: asked at every redraw; a line it gives is printed once above the live line, which goes on below it. */
    public LiveLine(PrintStream out, String threadName, Supplier<String> text, Supplier<String> note) {
        this.out = out;
        this.text = text;
        this.note = note;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::draw, 0, 250, TimeUnit.MILLISECONDS);
    }

    private synchronized void draw() {
        String above = note.get();
        if (above != null) {
            out.print("\r" + " ".repeat(drawn) + "\r" + above + "\n");
            drawn = 0;
        }
        String s = text.get();
        out.print("\r" + s + (s.length() < drawn ? " ".repeat(drawn - s.length()) : ""));
        out.flush();
        drawn = s.length();
    }

    /** Stops redrawing and blanks the line, leaving the cursor at its start. */
    public void stop() {
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
