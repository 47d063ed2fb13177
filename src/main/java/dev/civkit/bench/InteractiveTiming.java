package dev.civkit.bench;

import dev.civkit.json.Json;
import dev.civkit.kernel.KernelCommand;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * The playground and the results browser as a person uses them: JupyterLab 4 in headless Chromium,
 * driven by Playwright (interactive_timing.py), on the civkit kernel and its in-process sandbox. Times
 * run in the page from the click, key or slider release to the frame that shows the answer: Generate's
 * first image against the same workflow run from a cell, a slider's new price, a page of 48 thumbnails.
 */
final class InteractiveTiming {
    /** Names the Python with JupyterLab and Playwright when {@code --browser-python} does not. */
    static final String PYTHON_ENV = "CIVKIT_BENCH_PYTHON";
    /** Chromium's executable, as the Python integration tests name it. */
    static final String CHROMIUM_ENV = "CIVKIT_CHROMIUM";
    static final String GENERATE = "Playground: Generate to first image";
    static final String PRICE = "Playground: slider to price shown p50";
    static final String PAGE = "Results browser: page switch p50";
    static final double GENERATE_OVER_CELL_MS = 300;
    static final double PRICE_MS = 300;
    static final double PAGE_MS = 300;
    private static final String HOW_TO = "run .ci/python-venv (target/venv: JupyterLab, Playwright), or give such a Python with --browser-python PY or " + PYTHON_ENV;

    private InteractiveTiming() {}

    /** The Python that drives the browser and the Chromium it launches, or null with the reason they were not found. */
    record Browser(Path python, Path chromium, String why) {
        static Browser none(String why) {
            return new Browser(null, null, why);
        }
    }

    /**
     * The Python named by {@code --browser-python} (flag, may be null), else by {@value #PYTHON_ENV}, else
     * the project's target/venv; Chromium from {@value #CHROMIUM_ENV}, else /usr/bin/chromium.
     */
    static Browser find(String flag, Map<String, String> env, Path project) {
        String named = flag != null ? flag : env.get(PYTHON_ENV);
        Path python = named != null && !named.isBlank() ? Path.of(named).toAbsolutePath() : project.resolve("target/venv/bin/python");
        if (!Files.isExecutable(python))
            return Browser.none("no Python at " + python + "; " + HOW_TO);
        Path chromium = Path.of(env.getOrDefault(CHROMIUM_ENV, "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium))
            return Browser.none("no Chromium at " + chromium + "; apt-get install chromium, or name it with " + CHROMIUM_ENV);
        return new Browser(python, chromium, null);
    }

    static List<Result> run(Path jar, Browser browser, int rounds, int sweepSeeds) throws Exception {
        if (browser.python() == null) return notMeasured(browser.why());
        Process check = new ProcessBuilder(browser.python().toString(), "-c", "import jupyterlab, playwright.sync_api").redirectErrorStream(true).start();
        String missing = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!check.waitFor(2, TimeUnit.MINUTES) || check.exitValue() != 0)
            return notMeasured(browser.python() + " lacks JupyterLab or Playwright (" + lastLine(missing) + "); " + HOW_TO);

        Path work = Files.createTempDirectory("civkit-bench-interactive");
        KernelCommand.installUnder(work, jar.toString(), true);
        Path root = Files.createDirectories(work.resolve("root"));
        Path script = work.resolve("interactive_timing.py");
        try (InputStream in = InteractiveTiming.class.getResourceAsStream("interactive_timing.py")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder(browser.python().toString(), script.toString(), root.toString(), browser.chromium().toString(),
                Integer.toString(rounds), Integer.toString(sweepSeeds)).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        KernelTiming.kernelEnvironment(env, work);
        for (String[] dir : new String[][] {{"JUPYTER_CONFIG_DIR", "config"}, {"JUPYTER_RUNTIME_DIR", "runtime"},
                {"JUPYTERLAB_SETTINGS_DIR", "lab-settings"}, {"JUPYTERLAB_WORKSPACES_DIR", "lab-workspaces"}})
            env.put(dir[0], Files.createDirectories(work.resolve(dir[1])).toString());
        env.put("JUPYTER_PLATFORM_DIRS", "1");
        double load = Bench.loadAverage();
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        String result = null;
        try (var lines = p.inputReader(StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                out.append(line).append('\n');
                if (line.startsWith("RESULT ")) result = line.substring("RESULT ".length());
                else if (line.startsWith("interactive: ")) System.out.println("bench: " + line.substring("interactive: ".length()));
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || result == null)
            throw new IllegalStateException("the playground and browser timing failed (JupyterLab's log: " + root.resolve("jupyterlab.log") + "):\n" + out);
        return results(result, load);
    }

    /** The rows, from the JSON line interactive_timing.py prints (times in ms). */
    static List<Result> results(String json, double load) {
        JsonNode n = Json.parse(json);
        List<Double> generate = samples(n, "generate"), cell = samples(n, "cell"), price = samples(n, "price");
        List<Double> page = samples(n, "page"), back = samples(n, "page_back");
        double g = Measure.median(generate), c = Measure.median(cell), over = g - c;
        double pr = Measure.median(price), pg = Measure.median(page);
        String where = String.format("JupyterLab 4 in headless Chromium, times taken in the page; load average %.1f as this part began", load);
        return List.of(
                new Result(GENERATE, String.format("click %.2f s vs cell %.2f s: %+.2f s", g / 1000, c / 1000, over / 1000),
                        String.format("<= cell + %.1f s", GENERATE_OVER_CELL_MS / 1000), over <= GENERATE_OVER_CELL_MS,
                        "medians of " + generate.size() + " alternating rounds after a warm-up; a fresh form's Generate clicked -> its first image"
                                + " decoded, against Shift+Enter on the same workflow's submit().await().show() -> its image decoded; flux 512x512 on"
                                + " the kernel's sandbox (0.3 s queue + 1.2 s run); " + where),
                new Result(PRICE, String.format("%.0f ms (p90 %.0f ms, %d moves)", pr, Measure.percentile(price, 90), price.size()),
                        String.format("<= %.0f ms", PRICE_MS), pr <= PRICE_MS,
                        "steps slider dragged and released on a value never priced before -> the new price in its label; "
                                + "the form's debounce, then one whatif to the sandbox; " + where),
                new Result(PAGE, String.format("%.0f ms next (p90 %.0f ms), %.0f ms previous; %d thumbnails a page", pg, Measure.percentile(page, 90),
                        Measure.median(back), n.path("thumbs").asInt()), String.format("<= %.0f ms", PAGE_MS), pg <= PAGE_MS,
                        "a sweep of " + n.path("cells").asInt() + " cells, " + n.path("pages").asInt() + " pages: next (then previous) clicked"
                                + " -> every thumbnail of the new page decoded; " + where));
    }

    static List<Result> notMeasured(String why) {
        return List.of(Result.notMeasured(GENERATE, String.format("<= cell + %.1f s", GENERATE_OVER_CELL_MS / 1000), why),
                Result.notMeasured(PRICE, String.format("<= %.0f ms", PRICE_MS), why),
                Result.notMeasured(PAGE, String.format("<= %.0f ms", PAGE_MS), why));
    }

    private static List<Double> samples(JsonNode n, String key) {
        List<Double> out = new ArrayList<>();
        n.path(key).forEach(v -> out.add(v.asDouble()));
        if (out.isEmpty()) throw new IllegalStateException("the playground and browser timing gave no '" + key + "' samples: " + n);
        return out;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
