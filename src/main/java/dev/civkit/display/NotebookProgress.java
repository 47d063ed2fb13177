package dev.civkit.display;

import dev.civkit.client.Workflow;
import dev.civkit.wait.ProgressListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The notebook twin of {@link ConsoleProgress}: one display holding a progress bar (status, the
 * step at work, its percent or place in the queue, elapsed), redrawn in place with
 * update_display_data, which the caller finally replaces with the result card.
 */
final class NotebookProgress implements ProgressListener {
    private final ProgressView view;
    private final String workflowId;
    private final Path saveTo;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile Workflow last;
    private String drawn;
    /** Once replaced, the display is no longer ours to redraw: a late tick must not paint the bar back over it. */
    private boolean replaced;

    NotebookProgress(NotebookDisplay.Target target, String workflowId, Workflow initial) {
        this(target, workflowId, initial, null);
    }

    /** With {@code saveTo}: the display says where show() or download() will save the files. */
    NotebookProgress(NotebookDisplay.Target target, String workflowId, Workflow initial, Path saveTo) {
        this.saveTo = saveTo;
        this.workflowId = workflowId;
        this.last = initial;
        Map<String, Object> first = bundle();
        drawn = (String) first.get("text/plain");
        view = ProgressView.show(target, first, statusHtml(), fraction());
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "civkit-notebook-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
    }

    public String displayId() {
        return view.displayId();
    }

    @Override
    public void update(Workflow w) {
        last = w;
        redraw();
    }

    @Override
    public boolean visible() {
        return true;
    }

    @Override
    public void finish(Workflow w) {
        last = w;
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        redraw();
    }

    /**
     * Puts something else (the result card, a "stopped" note) where the progress bar was, for good:
     * the ticker stops, whichever way the wait ended (an interrupted wait never reaches finish()).
     */
    public void replaceWith(Map<String, Object> bundle) {
        ticker.shutdownNow();
        // A stopped wait arrives here with the thread's interrupt flag set, and a kernel's socket
        // refuses to send from an interrupted thread: publish with the flag cleared, then put it back.
        boolean interrupted = Thread.interrupted();
        try {
            synchronized (this) {
                replaced = true;
                view.replaceWith(bundle);
                drawn = null;
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private synchronized void redraw() {
        if (replaced) return;
        Map<String, Object> b = bundle();
        // Only real changes go over the wire: a long wait should not flood the notebook's socket.
        if (!b.get("text/plain").equals(drawn)) {
            drawn = (String) b.get("text/plain");
            view.update(b, statusHtml(), fraction());
        }
    }

    /** The line above the bar when it is a widget: status, step, percent or place in the queue, elapsed, where files go. */
    private String statusHtml() {
        return "<div style=\"font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:13px\">" + said() + saveToHtml(" ") + "</div>";
    }

    /** What the service says, as HTML: {@link Progress} with the status as a badge. */
    private String said() {
        Progress p = Progress.of(last, Instant.now());
        String elapsed = StatusLine.seconds(Duration.ofSeconds(Duration.ofNanos(System.nanoTime() - started).toSeconds()));
        String grey = "<span style=\"color:#57606a\">";
        return "waiting for <code>" + Html.esc(workflowId) + "</code> "
                + (p.step() == null ? "" : grey + Html.esc(p.step()) + "</span> ") + WorkflowCard.badge(p.status())
                + " " + grey + (p.rate() == null ? "" : Html.esc(p.percent()) + " &middot; ")
                + (p.queue() == null ? "" : Html.esc(p.queue()) + " &middot; ") + Html.esc(elapsed) + "</span>";
    }

    private String saveToHtml(String before) {
        return saveTo == null ? "" : before + "<span style=\"color:#57606a;font-size:12px\">files will be saved in <code>"
                + Html.esc(saveTo.toString()) + "</code></span>";
    }

    private double fraction() {
        return Progress.of(last, Instant.now()).fraction();
    }

    Map<String, Object> bundle() {
        Progress p = Progress.of(last, Instant.now());
        String elapsed = StatusLine.seconds(Duration.ofSeconds(Duration.ofNanos(System.nanoTime() - started).toSeconds()));
        int width = p.rate() == null ? 0 : (int) Math.round(p.fraction() * 100);
        String html = "<div style=\"" + WorkflowCard.BOX + "\"><div>" + said() + "</div>" + Html.bar(width)
                + (saveTo == null ? "" : "<div>" + saveToHtml("") + "</div>") + "</div>";
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", "waiting for " + workflowId + " | " + p.words() + " | " + elapsed
                + (saveTo == null ? "" : " | files will be saved in " + saveTo));
        bundle.put("text/html", html);
        return bundle;
    }
}
