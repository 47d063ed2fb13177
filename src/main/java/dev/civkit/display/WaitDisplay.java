package dev.civkit.display;

import dev.civkit.client.Workflow;
import dev.civkit.wait.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a person sees while a workflow is awaited and when the wait ends: in a notebook one live
 * display that the result card finally replaces; at a prompt a line redrawn in place (plain lines
 * in a pipe or a log), then the whole status line when the value JShell shows had to be shortened.
 * The session says when; this class decides how, so the session never asks which front end it runs in.
 */
public final class WaitDisplay {
    /** A wait this long is a long one at a prompt: by then, say where the files will go. */
    private static final Duration NOTE_AFTER = Duration.ofSeconds(3);

    private final PrintStream out;
    private final NotebookProgress notebook;
    private final ProgressListener progress;

    private WaitDisplay(PrintStream out, NotebookProgress notebook, ProgressListener progress) {
        this.out = out;
        this.notebook = notebook;
        this.progress = progress;
    }

    /**
     * Starts showing the wait for {@code workflowId}, in the notebook when a cell is running,
     * else on {@code out} ({@code inPlace} and a terminal: redrawn; else plain lines, see {@link LiveLine}).
     */
    public static WaitDisplay start(PrintStream out, boolean inPlace, String workflowId, Workflow initial, Path saveTo) {
        NotebookDisplay.Target target = NotebookDisplay.current();
        if (target != null) {
            NotebookProgress live = new NotebookProgress(target, workflowId, initial, saveTo);
            return new WaitDisplay(out, live, live);
        }
        return new WaitDisplay(out, null, ConsoleProgress.start(out, LiveLine.inPlace(inPlace), inPlace, workflowId, initial, saveTo, NOTE_AFTER));
    }

    /** What the waiter tells about each state it sees. */
    public ProgressListener progress() {
        return progress;
    }

    /**
     * The workflow reached its end: in a notebook {@code card} replaces the progress display and
     * {@code value} counts as shown there; at a prompt {@code statusLine} is printed when the line
     * JShell shows for the value ({@code shownLine}) is not all of it.
     */
    public void finished(Object value, Supplier<Map<String, Object>> card, String statusLine, String shownLine) {
        if (notebook != null) {
            notebook.replaceWith(card.get());
            NotebookDisplay.markShown(value, notebook.displayId());
        } else if (!statusLine.equals(shownLine)) {
            out.println(statusLine);
        }
    }

    /** The wait was stopped (an interrupted snippet or cell): the workflow goes on; say how to pick it up. */
    public void stopped(String workflowId, String lastStatus, String pickUp) {
        String msg = "Stopped waiting. " + workflowId + " (last seen " + lastStatus + ") keeps running on the server; pick it up with " + pickUp;
        if (notebook != null) notebook.replaceWith(Map.of("text/plain", msg, "text/html", WorkflowCard.stopped(workflowId, lastStatus, pickUp)));
        else out.println(msg);
    }
}
