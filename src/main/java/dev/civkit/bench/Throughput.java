package dev.civkit.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.civkit.journal.Journal;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ClientConfig;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.wait.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many workflows at once against a sandbox in its own process (so this process's CPU and heap are
 * the client's alone): wall time against the ideal workflows / concurrency × job time.
 */
final class Throughput {
    record Outcome(int workflows, int concurrency, double wallS, double idealS, int succeeded,
                   double cpuMsPerWorkflow, double peakHeapMb, double requestsPerWorkflow) {}

    private Throughput() {}

    static Outcome run(Path jar, int workflows, int concurrency, Duration job, Path outputs) throws Exception {
        Process sandbox = sandbox(jar, job);
        try {
            String url = baseUrl(sandbox);
            try (Session s = Session.builder().config(ClientConfig.of(url, null)).outputs(outputs).out(new PrintStream(PrintStream.nullOutputStream())).journal(Journal.at(outputs.resolve("journal.jsonl"))).build()) {
                for (int i = 0; i < 5; i++) one(s);
                resetPeaks();
                OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long cpu0 = os.getProcessCpuTime();
                long req0 = s.client().requestCount();
                AtomicInteger ok = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(concurrency);
                long t0 = System.nanoTime();
                List<Future<?>> fs = new ArrayList<>();
                for (int i = 0; i < workflows; i++) fs.add(pool.submit(() -> {
                    if (one(s)) ok.incrementAndGet();
                }));
                for (Future<?> f : fs) f.get();
                double wall = (System.nanoTime() - t0) / 1e9;
                pool.shutdown();
                double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
                double ideal = (double) workflows / concurrency * job.toMillis() / 1000.0;
                return new Outcome(workflows, concurrency, wall, ideal, ok.get(), cpuMs / workflows, peakHeapMb(),
                        (double) (s.client().requestCount() - req0) / workflows);
            }
        } finally {
            sandbox.destroy();
        }
    }

    /** A standalone sandbox whose jobs take {@code job}, in a process of its own. */
    static Process sandbox(Path jar, Duration job) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "sandbox", "--port", "0", "--queue-ms", "0", "--run-ms", Long.toString(job.toMillis()))
                .redirectErrorStream(true).start();
    }

    /** Heap pools' peaks summed, in MB, since {@link #resetPeaks()}. */
    static double peakHeapMb() {
        double peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        return peak / (1024 * 1024);
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static boolean one(Session s) {
        WorkflowHandle h = new WorkflowBuilder(s).imageGen(b -> b.engine("flux").prompt("throughput").size(64, 64)).submit();
        return h.await(Duration.ofMinutes(5), ProgressListener.NONE).workflow().succeeded();
    }

    static String baseUrl(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        Matcher m = Pattern.compile("(http://[\\d.]+:\\d+)").matcher(line == null ? "" : line);
        if (!m.find()) throw new IllegalStateException("the sandbox did not print its URL: " + line);
        Thread drain = new Thread(() -> {
            try {
                r.transferTo(Writer.nullWriter());
            } catch (IOException ignored) {
                // the sandbox ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
    }
}
