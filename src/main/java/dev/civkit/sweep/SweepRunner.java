package dev.civkit.sweep;

import dev.civkit.display.LiveLine;
import dev.civkit.display.NotebookDisplay;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.Workflow;
import dev.civkit.display.StatusLine;
import dev.civkit.outputs.DownloadResult;
import dev.civkit.outputs.SavedFile;
import dev.civkit.wait.ProgressListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import tools.jackson.databind.node.ObjectNode;

/** Runs a plan's cells, at most {@code concurrency} at once; a failing cell never stops the others. */
final class SweepRunner {
    private final Session session;
    private final SweepPlan plan;
    private final int concurrency;

    SweepRunner(Session session, SweepPlan plan, int concurrency) {
        this.session = session;
        this.plan = plan;
        this.concurrency = concurrency;
    }

    SweepResult run() {
        return run(allCells());
    }

    private List<Integer> allCells() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) all.add(i);
        return all;
    }

    /**
     * Runs the given cells under the given idempotency keys; rows of cells not run stay as
     * {@code previous} had them. The manifest is rewritten as cells finish, so a crash or a stopped
     * cell loses no workflow id.
     */
    SweepResult run(List<Integer> which, List<Row> previous, Map<Integer, String> keys) {
        return run(which, previous, keys, Map.of());
    }

    /** As above; cells in {@code existing} already have a workflow: it is picked up by id, not sent again. */
    SweepResult run(List<Integer> which, List<Row> previous, Map<Integer, String> keys, Map<Integer, String> existing) {
        Path dir = Manifest.folder(session, plan.sweep().id());
        Row[] rows = previous == null ? new Row[plan.size()] : previous.toArray(new Row[0]);
        List<Row> view = Arrays.asList(rows);
        Manifest.begin(dir, plan, view);
        ExecutorService pool = Pool.fixed(Math.max(1, Math.min(concurrency, which.size())), "civkit-sweep");
        try (SweepProgress progress = SweepProgress.start(session.out(), which.size(), LiveLine.inPlace(session.progressInPlace()))) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i : which) futures.add(pool.submit(() -> {
                Row row = runCell(dir, i, keys.getOrDefault(i, plan.key(i)), existing.get(i), progress);
                rows[i] = row;
                Manifest.done(dir, i, row);
            }));
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new IllegalStateException("sweep interrupted; submitted workflows keep running. The manifest "
                    + dir.resolve(Manifest.FILE) + " lists them: replay(\"" + dir.resolve(Manifest.FILE) + "\") picks them up", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sweep cell crashed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            synchronized (rows) {
                Manifest.write(dir, plan, view);
            }
        }
        SweepResult result = new SweepResult(session, plan, view, dir);
        // The table is printed, not left to the value: JShell would cut it at 80 characters in a var.
        // A notebook renders it from the result's MIME bundle instead.
        if (NotebookDisplay.current() == null) session.out().println(result.shortText());
        return result;
    }

    SweepResult run(List<Integer> which) {
        return run(which, null, Map.of());
    }

    private Row runCell(Path dir, int i, String key, String existingId, SweepProgress progress) {
        Cell cell = plan.cells().get(i);
        ObjectNode request = plan.request(i);
        request.put("externalId", key);
        progress.running.incrementAndGet();
        String id = null;
        try {
            WorkflowHandle h = existingId != null ? session.attach(existingId) : session.submit(request, 0, plan.price(i));
            id = h.id();
            // Said before the wait: a run killed from here on leaves the id, and a replay picks the workflow up.
            if (existingId == null) Manifest.sent(dir, i, key, id);
            h.await(WorkflowHandle.DEFAULT_AWAIT, ProgressListener.NONE);
            Workflow w = h.workflow();
            List<Path> files = new ArrayList<>();
            String reason = StatusLine.failure(w);
            if (w.succeeded()) {
                DownloadResult r = h.download();
                for (SavedFile f : r.saved()) files.add(f.path());
                if (!r.complete()) reason = r.missing().size() + " output(s) not saved: " + r.missing().get(0);
                else if (StatusLine.nothingSaved(h.workflow(), r) != null) reason = StatusLine.nothingSaved(h.workflow(), r);
            }
            if (w.totalCost() != null && existingId == null) progress.spent.add(w.totalCost());
            if (!w.succeeded()) progress.failed.incrementAndGet();
            return new Row(cell, key, id, w.status(), w.totalCost(), seconds(w), files, reason);
        } catch (RuntimeException e) {
            progress.failed.incrementAndGet();
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            return new Row(cell, key, id, "error", null, null, List.of(), msg);
        } finally {
            progress.running.decrementAndGet();
            progress.done.incrementAndGet();
        }
    }

    private static Double seconds(Workflow w) {
        try {
            if (w.createdAt() == null || w.completedAt() == null) return null;
            return Duration.between(Instant.parse(w.createdAt()), Instant.parse(w.completedAt())).toMillis() / 1000.0;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
