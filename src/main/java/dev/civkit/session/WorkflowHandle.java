package dev.civkit.session;

import dev.civkit.client.JsonPatch;
import dev.civkit.client.Step;
import dev.civkit.client.Workflow;
import dev.civkit.client.WorkflowFailedException;
import dev.civkit.display.WaitDisplay;
import dev.civkit.json.Json;
import dev.civkit.display.NotebookDisplay;
import dev.civkit.display.WorkflowCard;
import dev.civkit.display.StatusLine;
import dev.civkit.outputs.DownloadResult;
import dev.civkit.outputs.Downloader;
import dev.civkit.outputs.Output;
import dev.civkit.outputs.SavedFile;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.JsonValues;
import dev.civkit.request.Limits;
import dev.civkit.request.LocalFiles;
import dev.civkit.request.Require;
import dev.civkit.wait.ProgressListener;
import dev.civkit.wait.StillRunningException;
import dev.civkit.wait.Waiter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A submitted workflow: wait for it, look at it, save and show its outputs, or cancel it. Prints
 * as one status line. The workflow lives on the server; dropping the handle loses nothing —
 * {@code workflow("wf_…")} gets it back.
 */
public final class WorkflowHandle {
    /** How long await() waits before handing back control; the workflow itself is unaffected. */
    public static final Duration DEFAULT_AWAIT = Duration.ofHours(1);

    private final Session session;
    private final String id;
    private final JsonNode request;
    private volatile Workflow latest;
    private volatile DownloadResult saved;
    private volatile Path savedIn;

    WorkflowHandle(Session session, Workflow first, JsonNode request) {
        if (first.id() == null) throw new IllegalStateException("the server answered a workflow without an id");
        this.session = session;
        this.id = first.id();
        this.latest = first;
        this.request = request;
    }

    public String id() {
        return id;
    }

    public String status() {
        return latest.status();
    }

    public boolean isDone() {
        return latest.isTerminal();
    }

    /** The last view of the workflow from the server. */
    public Workflow workflow() {
        return latest;
    }

    /**
     * The raw Workflow JSON as last fetched: always complete, compact, however long; prints nothing
     * ({@link #printJson()} shows it).
     */
    public String json() {
        return Json.write(latest.toJsonNode());
    }

    /** The raw Workflow JSON as last fetched, as a tree (a copy). */
    public JsonNode jsonNode() {
        return latest.toJsonNode();
    }

    /** Prints the Workflow JSON as last fetched, whole and indented, through the session's output. */
    public void printJson() {
        session.out().println(Json.pretty(latest.toJsonNode()));
    }

    /**
     * The request body this session submitted, as a tree (a copy; its {@code toString()} is the whole
     * compact JSON), or null for a workflow attached by id.
     */
    public JsonNode request() {
        return request == null ? null : request.deepCopy();
    }

    public Double cost() {
        return latest.totalCost();
    }

    /** Fetches the current state once, without waiting. */
    public WorkflowHandle refresh() {
        latest = session.client().getWorkflow(id, 0).workflow();
        Submission.journalTerminal(session, latest);
        return this;
    }

    /** Waits until the workflow ends (succeeded, failed, expired or canceled), showing progress. */
    public WorkflowHandle await() {
        return await(DEFAULT_AWAIT);
    }

    /**
     * Waits until the workflow ends, showing progress, for at most {@code limit}.
     *
     * @param limit how long to wait
     * @return this handle, with the workflow's final state
     * @throws StillRunningException when the limit passes first; the workflow keeps running on the server
     */
    public WorkflowHandle await(Duration limit) {
        positive(limit, "await(limit)");
        if (latest.isTerminal()) return this;
        // The same call shows a redrawn console line in JShell and one live display in a notebook.
        WaitDisplay shown = WaitDisplay.start(session.out(), session.progressInPlace(), id, latest, folder());
        boolean finished = false;
        try {
            latest = new Waiter(session.client()).await(id, latest, limit, shown.progress());
            Submission.journalTerminal(session, latest);
            finished = true;
            // JShell shows this handle's short line as the value; what did not fit is printed whole.
            shown.finished(this, this::toMimeBundle, statusLine(), toString());
            return this;
        } catch (StillRunningException e) {
            finished = true;
            throw e.waitMoreWith(session.hints().awaitMore(id));
        } finally {
            // Stopping a JShell snippet or a notebook cell lands here: say how to come back.
            if (!finished) shown.stopped(id, latest.status(), session.hints().awaitMore(id));
        }
    }

    /**
     * This handle when the workflow succeeded; otherwise a {@link dev.civkit.client.WorkflowFailedException}
     * whose message gives every reason the service gave (or says it gave none) and any refund:
     * {@code submit().await().orThrow().show()}.
     */
    public WorkflowHandle orThrow() {
        if (latest.succeeded() || !latest.isTerminal()) return this;
        String why = StatusLine.why(latest);
        throw new WorkflowFailedException(id, latest.status(), why);
    }

    /** Waits without drawing anything, telling {@code progress} instead (sweeps draw one line for all). */
    public WorkflowHandle await(Duration limit, ProgressListener progress) {
        positive(limit, "await(limit)");
        Require.nonNull(progress, "await(limit, progress)", "a ProgressListener, or ProgressListener.NONE");
        if (!latest.isTerminal()) {
            try {
                latest = new Waiter(session.client()).await(id, latest, limit, progress);
            } catch (StillRunningException e) {
                throw e.waitMoreWith(session.hints().awaitMore(id));
            }
            Submission.journalTerminal(session, latest);
        }
        return this;
    }

    /** How long to wait: a positive Duration (a zero or negative one would end every wait at once). */
    private static void positive(Duration limit, String parameter) {
        Require.nonNull(limit, parameter, "a Duration such as Duration.ofMinutes(5)");
        if (limit.isNegative() || limit.isZero())
            throw new InvalidRequestException(parameter, "must be a positive Duration such as Duration.ofMinutes(5), got " + limit);
    }

    /** Waits without showing anything: for callers that show their own progress (a gallery). */
    WorkflowHandle awaitQuietly() {
        return await(DEFAULT_AWAIT, ProgressListener.NONE);
    }

    /** Cancels the workflow on the server (its finished steps keep their outputs). */
    public WorkflowHandle cancel() {
        session.client().cancelWorkflow(id);
        return refresh();
    }

    /** Adds a tag on the server (AddWorkflowTag). */
    public WorkflowHandle tag(String tag) {
        session.client().addWorkflowTag(id, Limits.tag("tag(tag)", tag)); // null, blank, too long: refused here
        return refresh();
    }

    /** Removes one tag (RemoveWorkflowTag). */
    public WorkflowHandle untag(String tag) {
        Limits.tag("untag(tag)", tag);
        session.client().removeWorkflowTag(id, tag);
        return refresh();
    }

    /** Removes every tag (RemoveAllWorkflowTags). */
    public WorkflowHandle untagAll() {
        session.client().removeAllWorkflowTags(id);
        return refresh();
    }

    /** Sets one metadata entry, leaving the others as they are (a JSON Patch add). */
    public WorkflowHandle metadata(String key, Object value) {
        Require.nonBlank(key, "metadata(key, value)", "a key such as \"project\"");
        JsonValues.of("metadata." + key, value); // refused here, before the PATCH, if not JSON-shaped
        session.client().patchWorkflow(id, JsonPatch.ops().add(JsonPatch.pointer("metadata", key), value));
        return refresh();
    }

    /** Lifts (true) or restores the mature content restriction (UpdateWorkflow). */
    public WorkflowHandle allowMatureContent(boolean allow) {
        session.client().updateWorkflow(id, Json.object().put("allowMatureContent", allow));
        return refresh();
    }

    /** Any JSON Patch over metadata, tags and allowMatureContent: {@code h.patch(JsonPatch.ops().remove("/tags/0"))}. */
    public WorkflowHandle patch(JsonPatch patch) {
        Require.nonNull(patch, "patch(patch)", "a patch such as jsonPatch().remove(\"/tags/0\")");
        session.client().patchWorkflow(id, patch);
        return refresh();
    }

    /** Deletes the workflow on the server (canceling what still runs); saved files stay on disk. */
    public void delete() {
        session.client().deleteWorkflow(id);
    }

    /** One step as the server sees it now (GetWorkflowStep). */
    public Step step(String name) {
        return session.client().getWorkflowStep(id, name);
    }

    /** Replaces a queued step's metadata; a step that has started answers 409 with its status. */
    public WorkflowHandle updateStep(String name, Map<String, ?> metadata) {
        JsonValues.of("updateStep(name, metadata)", Require.nonNull(metadata, "updateStep(name, metadata)", "a Map such as Map.of(\"note\", \"x\")"));
        session.client().updateWorkflowStep(id, name, metadata);
        return refresh();
    }

    /** Amends a queued step: {@code h.patchStep("1", JsonPatch.ops().replace("/input/prompt", "a dog"))}. */
    public WorkflowHandle patchStep(String name, JsonPatch patch) {
        Require.nonNull(patch, "patchStep(name, patch)", "a patch such as jsonPatch().replace(\"/input/prompt\", \"a dog\")");
        session.client().patchWorkflowStep(id, name, patch);
        return refresh();
    }

    /** Every blob of every step, whether or not it is saved yet. */
    public List<Output> outputs() {
        return Output.allIn(latest);
    }

    /** Where download() puts this workflow's files: {@code outputs/<workflowId>/}. */
    public Path folder() {
        return session.outputRoot().resolve(id);
    }

    /** Waits if needed, then saves every output under {@link #folder()} with a workflow.json sidecar. */
    public DownloadResult download() {
        return download(folder());
    }

    public DownloadResult download(Path dir) {
        return save(dir, null);
    }

    /**
     * As {@link #download()}, all over by {@code limit}: waiting for outputs the service has not
     * released yet, and every transfer, stop there (what is missing then says why).
     */
    public DownloadResult download(Duration limit) {
        positive(limit, "download(limit)");
        return save(folder(), limit);
    }

    /**
     * Saves into {@code dir}; {@code limit} null lets each file run while it keeps arriving (see
     * {@link dev.civkit.client.TransferLimits}) and waits up to a minute for unreleased outputs.
     */
    public DownloadResult download(Path dir, Duration limit) {
        positive(limit, "download(limit)");
        return save(dir, limit);
    }

    /** {@code limit} null: the downloader's own deadline. */
    private DownloadResult save(Path dir, Duration limit) {
        LocalFiles.outputFolder(dir, "download(dir)");
        // The view await() ended with is fresh: no second read here. Expired URLs are renewed per blob.
        if (!latest.isTerminal()) await();
        DownloadResult r = new Downloader(session.client()).fetchLaterWith(session.hints()::downloadLater).download(latest, request, dir, limit);
        if (r.workflow() != null) latest = r.workflow();
        saved = r;
        savedIn = dir;
        List<Path> files = new ArrayList<>();
        r.saved().forEach(f -> files.add(f.path()));
        Submission.journalDownloaded(session, id, dir, files, r.complete());
        return r;
    }

    /** The saved files (downloading first if needed). */
    public List<SavedFile> files() {
        return (saved == null ? download() : saved).saved();
    }

    /**
     * Saves the outputs if not yet done, then shows them: in a notebook as the card with pictures
     * inline, in JShell as one line per file (path, size, pixel size), each picture drawn below its
     * line when the terminal can ({@link Session#terminalImages()}).
     */
    public void show() {
        DownloadResult r = saved == null || !latest.isTerminal() ? download() : saved;
        // After await() in the same cell its card is already there: redrawn, not shown twice.
        if (NotebookDisplay.showOnce(this, WorkflowCard.bundle(latest, request, r, null, statusLine())) != null) return;
        var out = session.out();
        out.println(statusLine());
        for (SavedFile f : r.saved()) {
            out.println("  " + f.describe());
            session.terminalImages().draw(out, f.path());
        }
        for (DownloadResult.Missing m : r.missing()) out.println("  MISSING " + m);
        String none = StatusLine.nothingSaved(latest, r);
        if (none != null) out.println("  " + none);
    }

    /**
     * The notebook rendering (text/html card and its text/plain status line), called by the kernel
     * for a cell's value. A finished workflow's outputs are saved first (as {@link #download()})
     * so the card can embed them and link the full-size files.
     */
    public Map<String, Object> toMimeBundle() {
        DownloadResult files = saved;
        String problem = null;
        if (latest.isTerminal() && files == null && !Output.allIn(latest).isEmpty()) {
            try {
                files = download();
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
        }
        return WorkflowCard.bundle(latest, request, files, problem, statusLine());
    }

    @Override
    public String toString() {
        return StatusLine.brief(latest, saved, savedIn);
    }

    /** The whole status line (the value above stays within what JShell shows of a var): reason, files, all of it. */
    public String statusLine() {
        return StatusLine.of(latest, saved, savedIn);
    }
}
