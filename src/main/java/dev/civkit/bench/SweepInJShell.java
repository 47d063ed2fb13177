package dev.civkit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 21's scenario as a person runs it: {@code jshell -R-Xmx256m --startup jshell-startup.jsh},
 * the sweep typed as snippets, against the standalone sandbox ({@code civkit.jar sandbox}) with 1 s
 * jobs and no queue. civkit runs in JShell's remote agent, so the snippet itself reads that JVM's CPU
 * time and heap pools and prints them on one marked line; the bench reads the line from the pipe.
 */
final class SweepInJShell {
    static final String HEAP = "-R-Xmx256m";
    private static final String MARK = "BENCH-SWEEP-JSHELL";

    record Outcome(int cells, double planS, int pricingRequests, double wallS, double idealS, int succeeded,
                   double cpuMsPerCell, double peakHeapMb, double liveHeapMb, long maxHeapMb) {}

    private SweepInJShell() {}

    /**
     * The snippets typed: the sweep of SweepScale (10 prompts × {@code seeds} seeds × 10 cfg scales at
     * concurrency 64), timed and measured from inside the agent, then one line with the figures.
     */
    static String snippets(int seeds) {
        return """
                var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                System.gc(); java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(p -> p.resetPeakUsage());
                long cpu0 = os.getProcessCpuTime(); long t0 = System.nanoTime();
                var plan = sweep(workflow().imageGen(i -> i.engine("flux").size(64, 64))).prompts(IntStream.rangeClosed(1, 10).mapToObj(i -> "subject " + i).toArray(String[]::new)).seeds(LongStream.rangeClosed(1, %d).toArray()).vary("cfgScale", IntStream.rangeClosed(1, 10).boxed().toArray()).concurrency(%d).plan();
                double planS = (System.nanoTime() - t0) / 1e9; long t1 = System.nanoTime();
                var r = plan.run();
                double wallS = (System.nanoTime() - t1) / 1e9; double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
                double peakMb = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
                System.gc(); double liveMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0;
                System.out.println("%s " + plan.size() + " " + planS + " " + plan.pricingRequests() + " " + wallS + " " + r.succeeded().size() + " " + cpuMs + " " + peakMb + " " + liveMb + " " + Runtime.getRuntime().maxMemory() / 1048576);
                /exit
                """.formatted(seeds, SweepScale.CONCURRENCY, MARK);
    }

    static Outcome run(Path project, Path jar, int seeds, Path outputs) throws Exception {
        Process sandbox = Throughput.sandbox(jar, SweepScale.JOB);
        try {
            String url = Throughput.baseUrl(sandbox);
            String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
            ProcessBuilder pb = new ProcessBuilder(jshell, HEAP, "--startup", "jshell-startup.jsh").directory(project.toFile());
            pb.environment().remove("CIVITAI_API_TOKEN");
            pb.environment().put("CIVITAI_BASE_URL", url);
            pb.environment().put("CIVKIT_OUTPUT_DIR", outputs.resolve("sweep-jshell").toString());
            pb.environment().put("CIVKIT_JOURNAL", outputs.resolve("sweep-jshell-journal.jsonl").toString());
            Process p = pb.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread o = pump(p.getInputStream(), out);
            Thread e = pump(p.getErrorStream(), err);
            try (OutputStream in = p.getOutputStream()) {
                in.write(snippets(seeds).getBytes(StandardCharsets.UTF_8));
            }
            // Ten thousand 1 s jobs at 64 at once is 156 s ideally; a sweep that takes four times that has failed anyway.
            long limitS = 120 + seeds * 100L * 4 / SweepScale.CONCURRENCY;
            if (!p.waitFor(limitS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the JShell sweep did not end within " + limitS + " s:\n" + tail(out) + tail(err));
            }
            o.join(5000);
            e.join(5000);
            return parse(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), seeds);
        } finally {
            sandbox.destroy();
        }
    }

    /** The figures from the snippet's marked line; without it, what JShell said instead (an OutOfMemoryError, say). */
    static Outcome parse(String out, String err, int seeds) {
        Matcher m = Pattern.compile(MARK + " (\\d+) (\\S+) (\\d+) (\\S+) (\\d+) (\\S+) (\\S+) (\\S+) (\\d+)").matcher(out);
        if (!m.find())
            throw new IllegalStateException("the JShell sweep printed no figures; its output ends:\n" + tail(out) + "\n" + tail(err));
        int cells = Integer.parseInt(m.group(1));
        double ideal = (double) cells / SweepScale.CONCURRENCY * SweepScale.JOB.toMillis() / 1000.0;
        return new Outcome(cells, Double.parseDouble(m.group(2)), Integer.parseInt(m.group(3)), Double.parseDouble(m.group(4)), ideal,
                Integer.parseInt(m.group(5)), Double.parseDouble(m.group(6)) / cells, Double.parseDouble(m.group(7)),
                Double.parseDouble(m.group(8)), Long.parseLong(m.group(9)));
    }

    static List<Result> results(Outcome o, int seeds) {
        double ratio = o.wallS() / o.idealS();
        return List.of(
                new Result("JShell sweep of " + o.cells() + " cells (" + HEAP + "): wall time", String.format("%.1f s vs ideal %.1f s = %.2fx (%d/%d succeeded)",
                        o.wallS(), o.idealS(), ratio, o.succeeded(), o.cells()), "<= 1.3x", ratio <= 1.3 && o.succeeded() == o.cells(),
                        "jshell " + HEAP + " --startup jshell-startup.jsh, the sweep typed as snippets, against `civkit.jar sandbox` with 1 s jobs;"
                                + " 10 prompts x " + seeds + " seeds x 10 cfgScale at concurrency 64"),
                new Result("JShell sweep: planning", String.format("%.1f s, %d whatif requests", o.planS(), o.pricingRequests()), "(reported)", true,
                        "one whatif per priced shape"),
                new Result("JShell sweep: client CPU per cell", String.format("%.1f ms", o.cpuMsPerCell()), "(reported)", true,
                        "JShell's remote agent (where civkit runs), planning and running"),
                new Result("JShell sweep: agent peak heap", String.format("%.0f MB (%.0f MB live after the run)", o.peakHeapMb(), o.liveHeapMb()),
                        "< " + o.maxHeapMb() + " MB", o.peakHeapMb() < o.maxHeapMb(),
                        "sum of heap pools' peaks in the agent JVM, its max heap " + o.maxHeapMb() + " MB; no OutOfMemoryError"));
    }

    private static String tail(Object text) {
        String s = text.toString().replace('\r', '\n');
        return s.length() <= 2000 ? s : "…" + s.substring(s.length() - 2000);
    }

    private static Thread pump(InputStream in, OutputStream sink) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException ignored) {
                // the process ended
            }
        }, "bench-jshell-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
