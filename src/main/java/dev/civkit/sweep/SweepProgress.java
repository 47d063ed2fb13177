package dev.civkit.sweep;

import dev.civkit.display.Html;
import dev.civkit.display.LiveLine;
import dev.civkit.display.NotebookDisplay;
import dev.civkit.display.ProgressView;
import dev.civkit.display.StatusLine;
import java.util.Map;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
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
    private final ScheduledExecutorService notebookTicker;
    private final LiveLine console;
    private final NotebookDisplay.Target notebook;
    private final ProgressView view;
    private String shown;

    SweepProgress(PrintStream out, int total, boolean inPlace) {
        this.out = out;
        this.total = total;
        // Taken here, on the cell's thread: the ticker thread redraws into the same cell.
        this.notebook = NotebookDisplay.current();
        if (notebook != null) {
            shown = line();
            view = ProgressView.show(notebook, bundle(shown), Html.esc(shown), fraction());
            notebookTicker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "civkit-sweep-progress");
                t.setDaemon(true);
                return t;
            });
            notebookTicker.scheduleAtFixedRate(this::redrawNotebook, 1, 1, TimeUnit.SECONDS);
            console = null;
        } else {
            view = null;
            notebookTicker = null;
            console = inPlace ? new LiveLine(out, "civkit-sweep-progress", this::line) : null;
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

    /** Sends only real changes: a long sweep must not flood the notebook's socket. */
    private synchronized void redrawNotebook() {
        String s = line();
        if (!s.equals(shown)) {
            shown = s;
            view.update(bundle(s), Html.esc(s), fraction());
        }
    }

    private double fraction() {
        return total == 0 ? 1 : (double) done.get() / total;
    }

    private Map<String, Object> bundle(String text) {
        return ProgressView.htmlBundle(text, Html.esc(text), fraction());
    }

    @Override
    public void close() {
        if (notebook != null) {
            notebookTicker.shutdownNow();
            synchronized (this) {
                shown = line();
                view.update(bundle(shown), Html.esc(shown), fraction());
            }
            return;
        }
        if (console != null) console.stop();
        out.println(line());
    }
}
