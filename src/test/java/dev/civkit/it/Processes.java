package dev.civkit.it;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the packaged kit as a user would: a child process, stdin in, stdout and exit code out. */
final class Processes {
    record Result(int exit, String out, String err) {}

    private Processes() {}

    static Path jdkTool(String name) {
        Path p = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(p) ? p : Path.of(name);
    }

    static Path jar() {
        Path jar = Path.of("target", "civkit.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("run 'mvn verify': integration tests need " + jar);
        return jar;
    }

    /** A clean environment: no real token or URL leaks in from the developer's shell. */
    static ProcessBuilder builder(List<String> command, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("CIVITAI_API_TOKEN");
        pb.environment().remove("CIVITAI_BASE_URL");
        pb.environment().putAll(env);
        return pb;
    }

    /** A standalone sandbox ({@code java -jar civkit.jar sandbox --port 0 …}) and the base URL it printed. */
    record StandaloneSandbox(Process process, String baseUrl, String firstLine) implements AutoCloseable {
        @Override
        public void close() {
            process.destroy();
        }
    }

    /** Starts {@code java -jar civkit.jar sandbox --port 0} with {@code options}; its first line names the URL. */
    static StandaloneSandbox sandbox(String... options) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(jdkTool("java").toString(), "-jar", jar().toString(), "sandbox", "--port", "0"));
        cmd.addAll(List.of(options));
        Process p = builder(cmd, Map.of()).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = r.readLine();
        Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)").matcher(first == null ? "" : first);
        if (!m.find()) {
            p.destroy();
            throw new IllegalStateException("the sandbox did not print its URL: " + first);
        }
        pump(p.getInputStream(), new ByteArrayOutputStream());
        return new StandaloneSandbox(p, m.group(1), first);
    }

    static Result run(List<String> command, Map<String, String> env, String stdin, long timeoutSeconds) throws Exception {
        return run(command, env, stdin, timeoutSeconds, Path.of("").toAbsolutePath());
    }

    /** As above, in the folder {@code dir}. */
    static Result run(List<String> command, Map<String, String> env, String stdin, long timeoutSeconds, Path dir) throws Exception {
        Process p = builder(command, env).directory(dir.toFile()).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread o = pump(p.getInputStream(), out);
        Thread e = pump(p.getErrorStream(), err);
        if (stdin != null) p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out after " + timeoutSeconds + " s; output so far:\n" + out + "\n" + err);
        }
        o.join(5000);
        e.join(5000);
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(sink);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
