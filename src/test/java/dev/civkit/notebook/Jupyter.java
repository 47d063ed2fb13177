package dev.civkit.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs Debian's Jupyter for the notebook tests; missing tools fail loudly with what to install. */
final class Jupyter {
    static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private Jupyter() {}

    static void requireJupyter() throws Exception {
        if (!Files.isExecutable(JUPYTER) || run(List.of(PYTHON.toString(), "-c", "import nbconvert, nbclient, jupyter_client"), null, Map.of(), 60).code != 0)
            throw new AssertionError("Jupyter is missing: apt-get install -y --no-install-recommends "
                    + "jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel jupyter-notebook");
    }

    record Result(int code, String output) {}

    static Result run(List<String> cmd, Path dir, Map<String, String> env, long timeoutS) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (dir != null) pb.directory(dir.toFile());
        // Notebooks must run on a sandbox here, whatever the developer's shell exports: the caller's own or the kernel's.
        pb.environment().remove("CIVITAI_API_TOKEN");
        pb.environment().remove("CIVITAI_BASE_URL");
        pb.environment().putAll(env);
        Path log = Files.createTempFile("civkit-proc", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out after " + timeoutS + " s: " + cmd + "\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(p.exitValue(), out);
    }
}
