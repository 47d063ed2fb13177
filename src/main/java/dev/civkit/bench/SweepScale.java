package dev.civkit.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.civkit.client.ClientConfig;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.journal.Journal;
import dev.civkit.session.Session;
import dev.civkit.sweep.Sweep;
import dev.civkit.sweep.SweepPlan;
import dev.civkit.sweep.SweepResult;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;

/**
 * A grid sweep as a person runs one, 10 prompts × {@code seeds} seeds × 10 cfg scales (10,000 cells
 * with 100 seeds) at concurrency 64 against a sandbox in its own process with 1 s jobs: planning
 * (and the whatifs it took), then the run with every output downloaded and the manifest written as
 * it goes. Wall time against the ideal cells / 64 × 1 s, the client's CPU per cell and peak heap.
 */
final class SweepScale {
    static final int CONCURRENCY = 64;
    static final Duration JOB = Duration.ofSeconds(1);

    record Outcome(int cells, double planS, int pricingRequests, double wallS, double idealS, int succeeded,
                   double cpuMsPerCell, double peakHeapMb) {}

    private SweepScale() {}

    static Outcome run(Path jar, int seeds, Path outputs) throws Exception {
        Process sandbox = Throughput.sandbox(jar, JOB);
        try {
            String url = Throughput.baseUrl(sandbox);
            try (Session s = Session.builder().config(ClientConfig.of(url, null)).outputs(outputs.resolve("sweep"))
                    .out(new PrintStream(PrintStream.nullOutputStream())).journal(Journal.at(outputs.resolve("sweep-journal.jsonl"))).build()) {
                Throughput.resetPeaks();
                OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                SweepPlan plan = new Sweep(s, new WorkflowBuilder(s).imageGen(b -> b.engine("flux").size(64, 64)))
                        .prompts(IntStream.rangeClosed(1, 10).mapToObj(i -> "subject " + i).toArray(String[]::new))
                        .seeds(IntStream.rangeClosed(1, seeds).asLongStream().toArray())
                        .vary("cfgScale", IntStream.rangeClosed(1, 10).boxed().toArray())
                        .concurrency(CONCURRENCY).plan();
                double planS = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                SweepResult r = plan.run();
                double wall = (System.nanoTime() - t1) / 1e9;
                double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
                double ideal = (double) plan.size() / CONCURRENCY * JOB.toMillis() / 1000.0;
                return new Outcome(plan.size(), planS, plan.pricingRequests(), wall, ideal, r.succeeded().size(),
                        cpuMs / plan.size(), Throughput.peakHeapMb());
            }
        } finally {
            sandbox.destroy();
        }
    }
}
