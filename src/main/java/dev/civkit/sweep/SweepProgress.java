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

/**
 * One line for the whole sweep: done / running / failed / ETA / Buzz spent; in a notebook a live
 * display, on a terminal rewritten in place, elsewhere (a pipe, a log, CI) plain lines per tenth of
 * the cells and now and then ({@link LiveLine}); the last state printed once more when it ends.
 */
final class SweepProgress implements AutoCloseable, LiveLine.Source {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final DoubleAdder spent = new DoubleAdder();
    private final int total;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private ScheduledExecutorService notebookTicker;
    private LiveLine console;
    private final NotebookDisplay.Target notebook;
    private ProgressView view;
    private String shown;

    private SweepProgress(PrintStream out, int total, NotebookDisplay.Target notebook) {
        this.out = out;
        this.total = total;
        this.notebook = notebook;
    }

    /**
     * Starts showing a sweep of {@code total} cells: in the notebook when a cell runs, else on
     * {@code out}, redrawn when {@code inPlace} (a terminal, {@link LiveLine#inPlace}).
     */
    static SweepProgress start(PrintStream out, int total, boolean inPlace) {
        // Taken here, on the cell's thread: the ticker thread redraws into the same cell.
        SweepProgress p = new SweepProgress(out, total, NotebookDisplay.current());
        p.show(inPlace);
        return p;
    }

    private void show(boolean inPlace) {
        if (notebook != null) {
            shown = line();
            view = ProgressView.show(notebook, bundle(shown), Html.esc(shown), fraction());
            notebookTicker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "civkit-sweep-progress");
                t.setDaemon(true);
                return t;
            });
            notebookTicker.scheduleAtFixedRate(this::redrawNotebook, 1, 1, TimeUnit.SECONDS);
        } else {
            console = LiveLine.start(out, inPlace, "civkit-sweep-progress", this);
        }
    }

    @Override
    public String line() {
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

    @Override
    public double fraction() {
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
        console.stop();
        out.println(line());
    }
}
