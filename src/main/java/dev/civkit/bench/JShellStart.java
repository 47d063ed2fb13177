package dev.civkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from launching jshell to its first evaluated expression, with the README's command and with
 * plain jshell; runs alternate so machine noise hits both alike. Plain jshell also runs with the
 * README's JVM flag, so the report can say how much of the difference is civkit's own start.
 */
final class JShellStart {
    private static final String MARK = "BENCH-READY-7731";
    /** The README's flag: a session is many short compiles, where the optimizing compiler never pays back. */
    static final String QUICK_COMPILER = "-J-XX:TieredStopAtLevel=1";

    private JShellStart() {}

    static Result run(Path projectDir, int rounds) throws Exception {
        String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
        List<Double> plain = new ArrayList<>();
        List<Double> plainQuick = new ArrayList<>();
        List<Double> civkit = new ArrayList<>();
        // The README's command: the tool JVM on the quick compiler, the docs agent and the start-up file.
        List<String> session = List.of(jshell, QUICK_COMPILER, "-J-javaagent:target/civkit.jar", "--startup", "jshell-startup.jsh");
        List<String> quick = List.of(jshell, QUICK_COMPILER);
        // Warms the file cache and CDS mappings for all before anything counts.
        timeOnce(projectDir, List.of(jshell));
        timeOnce(projectDir, quick);
        timeOnce(projectDir, session);
        for (int i = 0; i < rounds; i++) {
            plain.add(timeOnce(projectDir, List.of(jshell)));
            plainQuick.add(timeOnce(projectDir, quick));
            civkit.add(timeOnce(projectDir, session));
        }
        double p = Measure.median(plain);
        double q = Measure.median(plainQuick);
        double c = Measure.median(civkit);
        double ratio = c / p;
        return new Result("JShell start to first expression", String.format("%.0f ms vs plain %.0f ms = %.2fx", c, p, ratio),
                "<= 1.25x", ratio <= 1.25, String.format("median of %d alternating runs; plain jshell with the same %s: %.0f ms, so civkit's own start is %.0f ms",
                        rounds, QUICK_COMPILER, q, c - q));
    }

    static double timeOnce(Path dir, List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("CIVITAI_API_TOKEN");
        pb.environment().remove("CIVITAI_BASE_URL");
        pb.environment().put("CIVKIT_JOURNAL", dir.resolve("target/bench/journal.jsonl").toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(("System.out.println(\"" + MARK + "\")\n/exit\n").getBytes(StandardCharsets.UTF_8));
        }
        long seen = waitFor(p.getInputStream(), MARK);
        p.waitFor(60, TimeUnit.SECONDS);
        if (seen < 0) throw new IllegalStateException("jshell never printed the marker: " + cmd);
        return (seen - t0) / 1e6;
    }

    /** The nanoTime at which the marker appeared on the stream, or -1. */
    private static long waitFor(InputStream in, String mark) throws IOException {
        StringBuilder sb = new StringBuilder();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) > 0) {
            sb.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            // Piped input is not echoed, so the marker appears only when the expression has run.
            if (sb.indexOf(mark) >= 0) {
                long t = System.nanoTime();
                in.transferTo(OutputStream.nullOutputStream());
                return t;
            }
        }
        return -1;
    }
}
