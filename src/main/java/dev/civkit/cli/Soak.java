package dev.civkit.cli;

import dev.civkit.request.Text;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.Job;
import dev.civkit.client.RetryPolicy;
import dev.civkit.client.Step;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.journal.Journal;
import dev.civkit.outputs.DownloadResult;
import dev.civkit.outputs.SavedFile;
import dev.civkit.sandbox.FaultPlan;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.imageio.ImageIO;

/**
 * Runs many workflows through the kit against an in-process sandbox that misbehaves, and checks
 * the promises: no duplicates, every success saved and decodable, no exception escapes.
 */
final class Soak {
    record Summary(int submitted, int created, int succeeded, Map<String, Integer> failed, int verified,
                   int unhandled, long requests, Map<String, Long> faults, Duration took) {
        boolean ok() {
            return created == submitted && verified == succeeded && unhandled == 0;
        }

        String line() {
            return String.format("soak: submitted %d, created %d, succeeded %d, failed %s, verified on disk %d, unhandled %d, "
                            + "%.1f HTTP requests/workflow, %s | %s", submitted, created, succeeded, failed, verified, unhandled,
                    submitted == 0 ? 0.0 : requests / (double) submitted, took.toSeconds() + " s",
                    ok() ? "OK" : "INVARIANT BROKEN");
        }
    }

    private Soak() {}

    static int run(Args a, PrintStream out, PrintStream err) {
        if (a.has("help")) {
            out.print("""
                    usage: java -jar civkit.jar soak [--workflows 1000] [--concurrency 32] [--faults SPEC] [--fault-seed N]
                    Runs workflows through the kit against an in-process sandbox with injected faults and
                    prints a summary. Default faults: 500=0.1,503=0.1,429=0.1,reset=0.05,expire=1.
                    Exit code 0 when every invariant holds (no duplicates, all successes on disk, no
                    unhandled exceptions), 1 otherwise.
                    """);
            return 0;
        }
        a.allowOnly("workflows", "concurrency", "faults", "fault-seed", "out");
        int n = a.intOption("workflows", 1000, 1, 1_000_000);
        int concurrency = a.intOption("concurrency", 32, 1, 512);
        long seed = a.intOption("fault-seed", 1, 0, Integer.MAX_VALUE);
        FaultPlan plan = a.has("faults") ? Commands.faults(a.get("faults"), seed) : FaultPlan.soak(seed);
        Path dir;
        try {
            dir = a.has("out") ? Path.of(a.get("out")) : Files.createTempDirectory("civkit-soak-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Summary s = soak(n, concurrency, plan.withRetryAfterSeconds(0), dir, out);
        out.println(s.line());
        if (!s.ok()) err.println("soak: an invariant broke; outputs and journal are in " + dir);
        return s.ok() ? 0 : 1;
    }

    static Summary soak(int n, int concurrency, FaultPlan plan, Path dir, PrintStream out) {
        SandboxConfig sc = SandboxConfig.defaults().withFaults(plan)
                .withQueueTime(Duration.ofMillis(20)).withRunTime(Duration.ofMillis(80));
        // More tries than a person would want: at 35% faulty requests five tries lose about 1 request in 200.
        RetryPolicy retry = new RetryPolicy(12, Duration.ofMillis(20), Duration.ofSeconds(2));
        long t0 = System.nanoTime();
        AtomicInteger submitted = new AtomicInteger(), succeeded = new AtomicInteger(), verified = new AtomicInteger(),
                unhandled = new AtomicInteger(), finished = new AtomicInteger();
        Map<String, LongAdder> failed = new ConcurrentHashMap<>();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (Sandbox sb = Sandbox.start(sc);
             Session session = Session.builder().config(ClientConfig.of(sb.baseUrl(), null).withRetry(retry)).outputs(dir.resolve("outputs")).out(quiet).journal(Journal.at(dir.resolve("journal.jsonl"))).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            for (int i = 0; i < n; i++) {
                int k = i;
                pool.execute(() -> {
                    try {
                        WorkflowHandle h = new WorkflowBuilder(session)
                                .imageGen(g -> g.engine("flux").prompt("soak " + k).size(64, 64))
                                .externalId("soak-" + plan.seed() + "-" + k).submit();
                        submitted.incrementAndGet();
                        h.await(Duration.ofMinutes(10));
                        if ("succeeded".equals(h.status())) {
                            succeeded.incrementAndGet();
                            if (verifiedOnDisk(h.download())) verified.incrementAndGet();
                        } else {
                            failed.computeIfAbsent(h.status() + ":" + reason(h), r -> new LongAdder()).increment();
                        }
                    } catch (RuntimeException | Error e) {
                        unhandled.incrementAndGet();
                        out.println("  unhandled: " + e.getClass().getSimpleName() + ": " + Text.firstLine(e));
                    }
                    int f = finished.incrementAndGet();
                    if (f % Math.max(1, n / 10) == 0 || f == n)
                        out.println("  " + f + "/" + n + " done, " + succeeded.get() + " succeeded, " + unhandled.get() + " unhandled");
                });
            }
            pool.shutdown();
            try {
                if (!pool.awaitTermination(1, TimeUnit.HOURS)) unhandled.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Map<String, Integer> byReason = new TreeMap<>();
            failed.forEach((r, c) -> byReason.put(r, c.intValue()));
            return new Summary(submitted.get(), sb.workflowsCreated(), succeeded.get(), byReason, verified.get(),
                    unhandled.get(), sb.requestCount(), sb.faultCounts(), Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private static boolean verifiedOnDisk(DownloadResult r) {
        if (!r.complete() || r.saved().isEmpty()) return false;
        for (SavedFile f : r.saved()) {
            try {
                if (!Files.isRegularFile(f.path()) || Files.size(f.path()) != f.bytes() || ImageIO.read(f.path().toFile()) == null)
                    return false;
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static String reason(WorkflowHandle h) {
        for (Step s : h.workflow().steps())
            if (s.jobs() != null) for (Job j : s.jobs()) if (j.reason() != null) return j.reason();
        return "unknown";
    }
}
