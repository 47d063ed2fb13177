package dev.civkit.sweep;

import dev.civkit.display.Html;
import dev.civkit.display.LiveLine;
import dev.civkit.display.NotebookDisplay;
import dev.civkit.display.StatusLine;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final ScheduledExecutorService notebookTicker;
    private final LiveLine console;
    private final NotebookDisplay.Target notebook;
    private final String displayId = java.util.UUID.randomUUID().toString();
    private String shown;

    SweepProgress(PrintStream out, int total, boolean inPlace) {
        this.out = out;
        this.total = total;
        // Taken here, on the cell's thread: the ticker thread redraws into the same cell.
        this.notebook = NotebookDisplay.current();
        if (notebook != null) {
            shown = line();
            notebook.display(displayId, bundle(shown));
            notebookTicker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "civkit-sweep-progress");
                t.setDaemon(true);
                return t;
            });
            notebookTicker.scheduleAtFixedRate(this::redrawNotebook, 1, 1, TimeUnit.SECONDS);
            console = null;
        } else {
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
            notebook.update(displayId, bundle(s));
        }
    }

    private Map<String, Object> bundle(String text) {
        int pct = total == 0 ? 100 : (int) Math.round(100.0 * done.get() / total);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("text/plain", text);
        b.put("text/html", "<div style=\"font-family:sans-serif;font-size:13px\">" + Html.esc(text)
                + Html.bar(pct) + "</div>");
        return b;
    }

    @Override
    public void close() {
        if (notebook != null) {
            notebookTicker.shutdownNow();
            synchronized (this) {
                shown = line();
                notebook.update(displayId, bundle(shown));
            }
            return;
        }
        if (console != null) console.stop();
        out.println(line());
    }
}
