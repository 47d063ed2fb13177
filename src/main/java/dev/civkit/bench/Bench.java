package dev.civkit.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar target/civkit.jar bench}: measures the kit's speed targets in one run, prints
 * the ratios and writes target/bench/RESULTS.md with a description of the machine ({@code --write-results}:
 * the tracked bench/RESULTS.md). Its workflows journal under target/bench, never in the person's journal.
 */
public final class Bench {
    private Bench() {}

    public static int run(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        boolean kernelOnly = List.of(args).contains("--kernel-only");
        boolean sweepOnly = List.of(args).contains("--sweep-only");
        boolean interactiveOnly = List.of(args).contains("--interactive-only");
        int jjavaAt = List.of(args).indexOf("--jjava");
        if (jjavaAt >= 0 && jjavaAt + 1 >= args.length) {
            System.err.println("--jjava needs the folder of JJava's kernelspec (kernel.json and its jars)");
            return 2;
        }
        int pythonAt = List.of(args).indexOf("--browser-python");
        if (pythonAt >= 0 && pythonAt + 1 >= args.length) {
            System.err.println("--browser-python needs a Python with JupyterLab and Playwright (e.g. target/venv/bin/python)");
            return 2;
        }
        KernelTiming.JJava jjava = KernelTiming.findJJava(jjavaAt >= 0 ? args[jjavaAt + 1] : null, System.getenv());
        Path project = Path.of("").toAbsolutePath();
        InteractiveTiming.Browser browser = InteractiveTiming.find(pythonAt >= 0 ? args[pythonAt + 1] : null, System.getenv(), project);
        Path jar = project.resolve("target/civkit.jar");
        if (!Files.isRegularFile(jar)) {
            System.err.println("bench needs target/civkit.jar: run 'mvn -DskipTests package' in the project folder first");
            return 2;
        }
        boolean publish = List.of(args).contains("--write-results");
        if (publish && (kernelOnly || sweepOnly || interactiveOnly)) {
            System.err.println("--write-results records a whole run: drop --kernel-only, --sweep-only and --interactive-only");
            return 2;
        }
        // Read before the work: the load the run started under, not the one its last measure left.
        String machine = machine();
        Files.createDirectories(project.resolve("target/bench"));
        Path outputs = Files.createTempDirectory(project.resolve("target/bench"), "run-");
        List<Result> results = new ArrayList<>();
        boolean all = !kernelOnly && !sweepOnly && !interactiveOnly;
        if (all) others(results, quick, project, jar, outputs);
        if (all || sweepOnly) {
            sweep(results, quick, jar, outputs);
            sweepInJShell(results, quick, project, jar, outputs);
        }

        if (all || kernelOnly) {
            System.out.println("bench: kernel" + (jjava.spec() != null ? ", side by side with stock JJava from " + jjava.spec() : " (" + jjava.why() + ")") + " ...");
            results.addAll(KernelTiming.run(project, jar, jjava, quick ? 3 : 7));
        }
        if (all || interactiveOnly) {
            System.out.println("bench: playground and results browser in Chromium" + (browser.python() != null ? " through " + browser.python() : " (" + browser.why() + ")") + " ...");
            // --quick: a sweep of 192 cells (4 pages); else 480 (10 pages).
            results.addAll(InteractiveTiming.run(jar, browser, quick ? 3 : 7, quick ? 12 : 30));
        }

        String table = table(results);
        System.out.println();
        System.out.println(table);
        Path out = project.resolve(BenchFiles.results(publish));
        Files.createDirectories(out.getParent());
        String flags = (quick ? " --quick" : "") + (kernelOnly ? " --kernel-only" : "") + (sweepOnly ? " --sweep-only" : "")
                + (interactiveOnly ? " --interactive-only" : "") + (jjava.spec() != null ? " --jjava " + jjava.spec() : "")
                + (pythonAt >= 0 ? " --browser-python " + args[pythonAt + 1] : "");
        Files.writeString(out, "# civkit benchmark results\n\n" + machine + "- load average at end: " + String.format("%.2f", loadAverage()) + "\n\n" + table
                + "\nRun with `java -jar target/civkit.jar bench" + flags + "`.\n");
        System.out.println("written to " + out);
        return results.stream().allMatch(Result::met) ? 0 : 1;
    }

    /** Everything but the kernel: JShell start, completion detection, requests, throughput. */
    private static void others(List<Result> results, boolean quick, Path project, Path jar, Path outputs) throws Exception {
        System.out.println("bench: JShell start ...");
        // Runs of a 2 s process vary by a tenth on a busy 2-core machine: enough of them for a stable median.
        results.add(JShellStart.run(project, quick ? 5 : 15));

        int n = quick ? 15 : 40;
        System.out.println("bench: completion detection, long-poll, " + n + " workflows ...");
        List<Completion.Sample> held = Completion.measure(true, n, outputs);
        List<Double> heldMs = held.stream().map(Completion.Sample::latencyMs).toList();
        System.out.println("bench: completion detection, cadence only, " + (n / 3) + " workflows ...");
        List<Double> polledMs = Completion.measure(false, Math.max(3, n / 3), outputs).stream().map(Completion.Sample::latencyMs).toList();
        double p50 = Measure.percentile(heldMs, 50);
        double p99 = Measure.percentile(heldMs, 99);
        results.add(new Result("Completion detection p50", String.format("%.1f ms (cadence alone: %.0f ms)", p50, Measure.percentile(polledMs, 50)),
                "< 50 ms", p50 < 50, "terminal in the sandbox -> await() returns"));
        results.add(new Result("Completion detection p99", String.format("%.1f ms (cadence alone: %.0f ms)", p99, Measure.percentile(polledMs, 99)),
                "< 250 ms", p99 < 250, n + " long-polled, " + polledMs.size() + " polled workflows of ~1.1 s (so the cadence's first 2 s poll sees them)"));
        double reqs = Measure.median(held.stream().map(s -> (double) s.requests()).toList());
        results.add(new Result("HTTP requests per image workflow", String.format("median %.0f", reqs), "<= 2", reqs <= 2,
                "submit + long-poll, ~1 s workflows, downloads not counted; a watched await() adds reads at 2, 5, 10, 15, 30 s"));

        System.out.println("bench: requests per quick-start line ...");
        List<Long> extra = QuickStart.overhead(quick ? 3 : 10, outputs);
        long worst = extra.stream().mapToLong(Long::longValue).max().orElse(0);
        results.add(new Result("HTTP requests per quick-start line", String.format("2 images: %d files + %d (worst of %d)", 2, worst, extra.size()),
                "files + 2", worst <= 2, "submit().await().show(): submit + long-poll + one GET per file; no refresh before the download"));

        int workflows = quick ? 256 : 1000;
        System.out.println("bench: throughput, " + workflows + " workflows at concurrency 64, 1 s jobs ...");
        Throughput.Outcome t = Throughput.run(jar, workflows, 64, Duration.ofSeconds(1), outputs);
        double ratio = t.wallS() / t.idealS();
        results.add(new Result("Throughput wall time", String.format("%.1f s vs ideal %.1f s = %.2fx (%d/%d succeeded)", t.wallS(), t.idealS(), ratio,
                t.succeeded(), t.workflows()), "<= 1.3x", ratio <= 1.3 && t.succeeded() == t.workflows(), "sandbox in its own process"));
        results.add(new Result("Client CPU per workflow", String.format("%.1f ms", t.cpuMsPerWorkflow()), "(reported)", true,
                String.format("%.1f requests per workflow", t.requestsPerWorkflow())));
        results.add(new Result("Client peak heap", String.format("%.0f MB", t.peakHeapMb()), "< 256 MB", t.peakHeapMb() < 256,
                "sum of heap pools' peaks"));
    }


    /** A 10,000-cell sweep (--quick: 1,000) at concurrency 64 with 1 s jobs, planned and run as a person would. */
    private static void sweep(List<Result> results, boolean quick, Path jar, Path outputs) throws Exception {
        int seeds = quick ? 10 : 100;
        System.out.println("bench: a sweep of " + (100 * seeds) + " cells at concurrency 64, 1 s jobs ...");
        SweepScale.Outcome o = SweepScale.run(jar, seeds, outputs);
        double ratio = o.wallS() / o.idealS();
        results.add(new Result("Sweep of " + o.cells() + " cells: wall time", String.format("%.1f s vs ideal %.1f s = %.2fx (%d/%d succeeded)",
                o.wallS(), o.idealS(), ratio, o.succeeded(), o.cells()), "<= 1.3x", ratio <= 1.3 && o.succeeded() == o.cells(),
                "10 prompts x " + seeds + " seeds x 10 cfgScale; every output downloaded, manifest written as it goes"));
        results.add(new Result("Sweep: planning", String.format("%.1f s, %d whatif requests", o.planS(), o.pricingRequests()), "(reported)", true,
                "one whatif per priced shape (here the 10 cfgScale values)"));
        results.add(new Result("Sweep: client CPU per cell", String.format("%.1f ms", o.cpuMsPerCell()), "(reported)", true,
                "planning and running, the sandbox in its own process"));
        results.add(new Result("Sweep: client peak heap", String.format("%.0f MB", o.peakHeapMb()), "< 256 MB", o.peakHeapMb() < 256,
                "sum of heap pools' peaks"));
    }

    /** Issue 21's own scenario: the same sweep typed into JShell with a 256 MB agent heap, against the standalone sandbox. */
    private static void sweepInJShell(List<Result> results, boolean quick, Path project, Path jar, Path outputs) throws Exception {
        int seeds = quick ? 10 : 100;
        System.out.println("bench: the same sweep from jshell " + SweepInJShell.HEAP + " against the standalone sandbox ...");
        try {
            results.addAll(SweepInJShell.results(SweepInJShell.run(project, jar, seeds, outputs), seeds));
        } catch (IllegalStateException e) {
            // An OutOfMemoryError in the agent ends here: a missed target with JShell's own words, not a crashed bench.
            results.add(new Result("JShell sweep of " + (100 * seeds) + " cells (" + SweepInJShell.HEAP + ")", "failed", "<= 1.3x", false,
                    e.getMessage().replace('\n', ' ').replace("|", "/")));
        }
    }

    static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder("| measure | result | target | verdict | note |\n|---|---|---|---|---|\n");
        for (Result r : results) sb.append(r.row()).append('\n');
        return sb.toString();
    }

    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long mem = os instanceof com.sun.management.OperatingSystemMXBean s ? s.getTotalMemorySize() : -1;
        return "- date: " + Instant.now() + "\n"
                + "- machine: " + os.getAvailableProcessors() + " cores, " + (mem / (1024 * 1024 * 1024)) + " GiB, "
                + os.getName() + " " + os.getVersion() + " " + os.getArch() + "\n"
                + "- java: " + System.getProperty("java.vm.name") + " " + Runtime.version() + "\n"
                + "- load average at start: " + String.format("%.2f", loadAverage()) + "\n";
    }

    /** The system's 1-minute load average (a shared machine's other work shows in every time). */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

}
