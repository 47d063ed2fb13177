package dev.civkit.bench;

import java.io.File;
import tools.jackson.databind.JsonNode;
import dev.civkit.json.Json;
import dev.civkit.kernel.KernelCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The notebook side, side by side with stock JJava when its kernelspec is found: each kernel lives
 * through jupyter_client as a notebook front end drives it (kernel_timing.py: start to the first
 * result, busy-loop interrupts, restart to the first result, shutdown), in alternating rounds on the
 * same JVM; and a headless run of the quick-start notebook through nbconvert.
 */
final class KernelTiming {
    /** Names stock JJava's kernelspec folder when {@code --jjava} does not. */
    static final String JJAVA_ENV = "CIVKIT_BENCH_JJAVA";
    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String CIVKIT = "civkit";
    private static final String JJAVA = "jjava-stock";
    private static final int INTERRUPTS_PER_LIFE = 2;

    private KernelTiming() {}

    /** Stock JJava's kernelspec folder, or null with the reason it was not found. */
    record JJava(Path spec, String why) {
        static JJava none(String why) {
            return new JJava(null, why);
        }
    }

    /** One kernel's life, in ms; stuck: an interrupt left the busy loop running (then no restart or shutdown time, NaN). */
    record Life(double start, List<Double> interrupts, double restart, double shutdown, boolean stuck) {
        static Life parse(String json) {
            JsonNode n = Json.parse(json);
            List<Double> interrupts = new ArrayList<>();
            n.path("interrupts").forEach(i -> interrupts.add(i.asDouble()));
            return new Life(n.path("start").asDouble(), interrupts, n.path("restart").asDouble(Double.NaN), n.path("shutdown").asDouble(Double.NaN),
                    n.path("stuck").asBoolean(false));
        }
    }

    /** The median of a measure over the lives that have it. */
    static double median(List<Life> lives, ToDoubleFunction<Life> measure) {
        return Measure.median(lives.stream().mapToDouble(measure).filter(v -> !Double.isNaN(v)).boxed().toList());
    }

    /**
     * Stock JJava's kernelspec: the folder named by {@code --jjava} (flag, may be null), else by
     * {@value #JJAVA_ENV}, else an installed kernelspec whose command runs jjava.
     */
    static JJava findJJava(String flag, Map<String, String> env) {
        String named = flag != null ? flag : env.get(JJAVA_ENV);
        if (named != null && !named.isBlank()) {
            Path dir = Path.of(named).toAbsolutePath();
            return Files.isRegularFile(dir.resolve("kernel.json")) ? new JJava(dir, null)
                    : JJava.none("no kernel.json in " + dir + " (--jjava takes the folder of JJava's kernelspec, e.g. unzipped jjava-*-kernelspec.zip)");
        }
        if (!Files.isExecutable(JUPYTER)) return JJava.none("no " + JUPYTER + " to look for an installed JJava kernelspec");
        try {
            Process p = new ProcessBuilder(JUPYTER.toString(), "kernelspec", "list", "--json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) return JJava.none("jupyter kernelspec list failed");
            for (JsonNode spec : Json.parse(out).path("kernelspecs")) {
                String argv = spec.path("spec").path("argv").toString().toLowerCase(Locale.ROOT);
                if (argv.contains("jjava") && !argv.contains("civkit")) return new JJava(Path.of(spec.path("resource_dir").asText()), null);
            }
        } catch (IOException | RuntimeException e) {
            return JJava.none("jupyter kernelspec list failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JJava.none("interrupted");
        }
        return JJava.none("no JJava kernelspec installed; give its folder with --jjava DIR or " + JJAVA_ENV);
    }

    static List<Result> run(Path project, Path jar, JJava jjava, int rounds) throws Exception {
        if (!Files.isExecutable(JUPYTER) || !Files.isExecutable(PYTHON))
            return List.of(new Result("Kernel", "not measured: no " + JUPYTER + " or " + PYTHON, "(reported)", true,
                    "apt-get install jupyter-nbconvert python3-nbclient jupyter-client"));
        Path work = Files.createTempDirectory("civkit-bench-kernel");
        KernelCommand.installUnder(work, jar.toString(), true);
        // The same kernel without its class-data archive, for that lever's share of the start.
        Path plain = Files.createTempDirectory("civkit-bench-kernel-plain");
        KernelCommand.installUnder(plain, jar.toString(), false);
        if (jjava.spec() != null) copySpec(jjava.spec(), work.resolve("share/jupyter/kernels").resolve(JJAVA));
        Path script = work.resolve("kernel_timing.py");
        try (InputStream in = KernelTiming.class.getResourceAsStream("kernel_timing.py")) {
            Files.write(script, in.readAllBytes());
        }

        List<Life> civkit = new ArrayList<>();
        List<Life> stock = new ArrayList<>();
        List<Double> civkitPlain = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            System.out.println("bench: kernel round " + (round + 1) + " of " + rounds + " ...");
            // Alternating who goes first keeps a machine that slows down or speeds up from favouring one.
            boolean civkitFirst = round % 2 == 0;
            if (civkitFirst) civkit.add(life(work, script, CIVKIT, false));
            if (jjava.spec() != null) stock.add(life(work, script, JJAVA, false));
            if (!civkitFirst) civkit.add(life(work, script, CIVKIT, false));
            civkitPlain.add(life(plain, script, CIVKIT, true).start());
        }

        Path quick = work.resolve("01-first-contact.ipynb");
        Files.copy(project.resolve("notebooks/01-first-contact.ipynb"), quick);
        double whole = nbconvert(work, quick);

        String how = "median of " + rounds + " alternating rounds through jupyter_client, both on " + System.getProperty("java.home");
        double start = median(civkit, Life::start) / 1000;
        double startPlain = Measure.median(civkitPlain) / 1000;
        double interrupt = Measure.median(civkit.stream().flatMap(l -> l.interrupts().stream()).toList());
        double restart = median(civkit, Life::restart) / 1000;
        double shutdown = median(civkit, Life::shutdown) / 1000;
        String classData = String.format("without class data %.2f s", startPlain);
        boolean interrupted = interrupt <= 100 && civkit.stream().noneMatch(Life::stuck);
        List<Result> results = new ArrayList<>();
        if (jjava.spec() == null) {
            String missing = "stock JJava not measured: " + jjava.why();
            results.add(new Result("Kernel: start to first result", String.format("%.2f s (%s)", start, classData), "(reported)", true, missing));
            results.add(new Result("Kernel: busy-loop interrupt to reply", String.format("median %.0f ms", interrupt), "<= 100 ms", interrupted,
                    "while (true) { } then interrupt_request, " + INTERRUPTS_PER_LIFE + " per round"));
            results.add(new Result("Kernel: restart to first result", String.format("%.2f s", restart), "(reported)", true, missing));
            results.add(new Result("Kernel: shutdown", String.format("%.2f s", shutdown), "(reported)", true, missing));
        } else {
            double jStart = median(stock, Life::start) / 1000;
            double jInterrupt = Measure.median(stock.stream().flatMap(l -> l.interrupts().stream()).toList());
            double jRestart = median(stock, Life::restart) / 1000;
            double jShutdown = median(stock, Life::shutdown) / 1000;
            long stuck = stock.stream().filter(Life::stuck).count();
            String jStuck = stuck == 0 ? "" : "; JJava's interrupt left the loop running in " + stuck + " of " + stock.size() + " rounds (no reply in 30 s;"
                    + " killed, its restart and shutdown taken from the other rounds)";
            results.add(new Result("Kernel: start to first result", String.format("civkit %.2f s vs JJava %.2f s = %.2fx (civkit %s)", start, jStart, start / jStart, classData),
                    "<= 0.8x", start / jStart <= 0.8, how + "; JJava from " + jjava.spec()));
            results.add(new Result("Kernel: busy-loop interrupt to reply", String.format("median civkit %.0f ms (JJava %.0f ms)", interrupt, jInterrupt), "<= 100 ms", interrupted,
                    "while (true) { } then interrupt_request, " + INTERRUPTS_PER_LIFE + " per round" + jStuck));
            results.add(new Result("Kernel: restart to first result", String.format("civkit %.2f s vs JJava %.2f s = %.2fx", restart, jRestart, restart / jRestart),
                    "< 1x", restart < jRestart, "restart_kernel, then 1 + 1"));
            results.add(new Result("Kernel: shutdown", String.format("civkit %.2f s vs JJava %.2f s = %.2fx", shutdown, jShutdown, shutdown / jShutdown),
                    "< 1x", shutdown < jShutdown, "shutdown_request until the process has exited"));
        }
        results.add(new Result("Kernel: 01-first-contact.ipynb headless", String.format("%.1f s", whole), "(reported)", true,
                "nbconvert --execute on the sandbox"));
        return results;
    }

    /** The kernelspec's own files (kernel.json, its jars), so the bench runs it without touching the person's Jupyter. */
    private static void copySpec(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    /** One kernel's life through jupyter_client; {@code startOnly}: start, first result, shutdown. */
    private static Life life(Path prefix, Path script, String kernel, boolean startOnly) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), kernel, Integer.toString(INTERRUPTS_PER_LIFE)));
        if (startOnly) cmd.add("--start-only");
        // To a file, not a pipe: a kernel that outlived the script would hold a pipe open and the bench would wait on it.
        Path log = Files.createTempFile(prefix, "life-", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(prefix.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        kernelEnvironment(pb.environment(), prefix);
        Process p = pb.start();
        boolean ended = p.waitFor(10, TimeUnit.MINUTES);
        if (!ended) p.destroyForcibly();
        String out = Files.readString(log);
        if (!ended || p.exitValue() != 0)
            throw new IllegalStateException("the " + kernel + " kernel's timing failed:\n" + out);
        for (String line : out.split("\n"))
            if (line.startsWith("RESULT ")) return Life.parse(line.substring("RESULT ".length()));
        throw new IllegalStateException("the " + kernel + " kernel's timing printed no result:\n" + out);
    }

    /**
     * Jupyter reads kernelspecs from the bench's folder only; both kernels run on this JVM (JJava's
     * launcher starts {@code java} from the PATH); neither reads the person's kernel settings, so
     * JJava is stock; and the notebooks' workflows journal in the bench's folder, on the sandbox.
     */
    static void kernelEnvironment(Map<String, String> env, Path prefix) {
        env.put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", prefix.resolve("data").toString());
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
        env.keySet().removeIf(k -> k.startsWith("JJAVA_") || k.startsWith("IJAVA_"));
        env.put("CIVKIT_JOURNAL", prefix.resolve("journal.jsonl").toString());
        env.put("CIVKIT_SANDBOX_STATE", prefix.resolve("sandbox").toString());
        env.remove("CIVITAI_API_TOKEN");
        env.remove("CIVITAI_BASE_URL");
    }

    private static double nbconvert(Path work, Path notebook) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--output", notebook.getFileName() + ".out.ipynb", notebook.toString())
                .directory(notebook.getParent().toFile()).redirectErrorStream(true);
        kernelEnvironment(pb.environment(), work);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0)
            throw new IllegalStateException("nbconvert failed on " + notebook + ":\n" + out);
        return (System.nanoTime() - t0) / 1e9;
    }
}
