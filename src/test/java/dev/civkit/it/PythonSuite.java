package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one pytest suite under src/test/python with the project's venv (target/venv, made by .ci/python-venv),
 * so the browser and kernel-conformance tests written in Python are reported by failsafe like any IT:
 * an IT class calls {@code PythonSuite.pytest("kernel", 600)} in a test method and fails with pytest's output.
 */
public final class PythonSuite {
    static final Path VENV_PYTHON = Path.of("target", "venv", "bin", "python");
    static final Path SUITES = Path.of("src", "test", "python");

    private PythonSuite() {}

    /** target/venv/bin/python -m pytest src/test/python/SUITE -q [extra args], asserting exit 0 within the timeout. */
    public static void pytest(String suite, long timeoutSeconds, String... extraArgs) throws Exception {
        Path dir = SUITES.resolve(suite);
        assertTrue(Files.isDirectory(dir), "no Python suite at " + dir);
        assertTrue(Files.isExecutable(VENV_PYTHON), VENV_PYTHON + " is missing: run .ci/python-venv (the README's .ci/run does)"
                + " to install JupyterLab, Notebook 7, Playwright and pytest into target/venv");
        Path jar = Path.of("target", "civkit.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run after package: " + jar + " is missing");
        Path reports = Files.createDirectories(Path.of("target", "python-reports"));
        List<String> cmd = new ArrayList<>(List.of(VENV_PYTHON.toString(), "-m", "pytest", dir.toString(), "-q",
                "--junitxml=" + reports.resolve(suite.replace(File.separatorChar, '-') + ".xml")));
        cmd.addAll(List.of(extraArgs));
        // The venv's python, with the JDK that runs the tests first on PATH for the kernels it starts.
        String path = Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH");
        ProcessBuilder pb = Processes.builder(cmd, Map.of("CIVKIT_JAR", jar.toString(), "PATH", path, "PYTHONDONTWRITEBYTECODE", "1"))
                .redirectErrorStream(true);
        Path log = reports.resolve(suite.replace(File.separatorChar, '-') + ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
            throw new AssertionError("pytest " + dir + " timed out after " + timeoutSeconds + " s:\n" + tail(log));
        }
        assertEquals(0, p.exitValue(), "pytest " + dir + " failed:\n" + tail(log));
    }

    private static String tail(Path log) throws Exception {
        String s = Files.readString(log, StandardCharsets.UTF_8);
        return s.length() < 20_000 ? s : "…" + s.substring(s.length() - 20_000);
    }
}
