package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ApiToken;
import dev.civkit.client.ClientConfig;
import dev.civkit.journal.Journal;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import dev.civkit.session.Session;
import dev.civkit.sweep.Row;
import dev.civkit.sweep.SweepResult;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep in JShell killed with SIGKILL half-way (no shutdown hook, no finally), then replayed from
 * its manifest in a new session: every workflow the dead run made is picked up, none is made twice,
 * and every cell ends with its picture.
 */
class SweepKillReplayIT {
    @TempDir
    Path tmp;

    static final int CELLS = 60;

    @Test
    void aSweepKilledHalfWayIsReplayedPayingForNothingTwice() throws Exception {
        Processes.jar();
        Path outputs = tmp.resolve("outputs");
        SandboxConfig config = SandboxConfig.defaults().withQueueTime(Duration.ofMillis(100)).withRunTime(Duration.ofMillis(900));
        try (Sandbox sandbox = Sandbox.start(config)) {
            Process p = Processes.builder(List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh"),
                    Map.of("CIVKIT_OUTPUT_DIR", outputs.toString(), "CIVITAI_BASE_URL", sandbox.baseUrl(),
                            "CIVKIT_JOURNAL", tmp.resolve("journal.jsonl").toString())).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread o = Processes.pump(p.getInputStream(), out);
            Thread e = Processes.pump(p.getErrorStream(), new ByteArrayOutputStream());
            Path log;
            try (OutputStream in = p.getOutputStream()) {
                StringBuilder seeds = new StringBuilder();
                for (int s = 1; s <= CELLS; s++) seeds.append(s == 1 ? "" : ", ").append(s);
                in.write(("sweep(workflow().imageGen(i -> i.engine(\"flux\").prompt(\"killed half-way\").size(64, 64)))"
                        + ".seeds(" + seeds + ").concurrency(6).run();\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
                // Kill once a third of the cells are done and more are in flight.
                log = awaitLog(outputs, CELLS / 3, p, out);
                killTree(p);
            }
            o.join(5000);
            e.join(5000);
            List<String> lines = Files.readAllLines(log);
            Map<Integer, String> madeByTheDeadRun = new HashMap<>();
            for (String l : lines) {
                var n = dev.civkit.json.Json.parse(l);
                if (n.path("workflowId").isString()) madeByTheDeadRun.put(n.path("index").asInt(), n.path("workflowId").asString());
            }
            assertTrue(madeByTheDeadRun.size() >= CELLS / 3 && madeByTheDeadRun.size() < CELLS,
                    "killed part-way: " + madeByTheDeadRun.size() + " cells had a workflow\n" + out.toString(StandardCharsets.UTF_8));
            int createdBefore = sandbox.workflowsCreated();
            assertTrue(createdBefore < CELLS, "the dead run did not finish the sweep: " + createdBefore);

            Path manifest = log.resolveSibling("manifest.json");
            try (Session s = Session.builder().config(ClientConfig.of(sandbox.baseUrl(), (ApiToken) null)).outputs(outputs)
                    .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .journal(Journal.at(tmp.resolve("journal2.jsonl"))).build()) {
                SweepResult r = SweepResult.replay(s, manifest);
                assertEquals(CELLS, r.succeeded().size(), r.text());
                assertEquals(CELLS, sandbox.workflowsCreated(), "each cell's workflow was made once, over both runs");
                for (Row row : r.rows()) {
                    String before = madeByTheDeadRun.get(row.cell().index());
                    if (before != null) assertEquals(before, row.workflowId(), "cell " + row.cell().index() + " was picked up, not sent again");
                    assertEquals(1, row.files().size(), "cell " + row.cell().index() + " has its picture");
                    assertTrue(Files.isRegularFile(row.files().get(0)));
                }
            }
            assertFalse(Files.exists(log), "the finished manifest holds everything; the log is gone");
            var cells = dev.civkit.json.Json.parse(Files.readAllBytes(manifest)).path("cells");
            for (var c : cells) assertEquals("succeeded", c.path("status").asString(), c.toString());
        }
    }

    /** The sweep's cell log once it has {@code done} finished cells. */
    private static Path awaitLog(Path outputs, int done, Process p, ByteArrayOutputStream out) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "jshell ended early:\n" + out.toString(StandardCharsets.UTF_8));
            Path sweeps = outputs.resolve("sweeps");
            if (Files.isDirectory(sweeps)) {
                try (Stream<Path> logs = Files.find(sweeps, 2, (f, a) -> f.getFileName().toString().equals("cells.jsonl"))) {
                    for (Path log : logs.toList()) {
                        long finished = Files.readAllLines(log).stream().filter(l -> l.contains("\"files\"")).count();
                        if (finished >= done) return log;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the sweep never got " + done + " cells done:\n" + out.toString(StandardCharsets.UTF_8));
    }

    /** SIGKILL to jshell and the JVM that runs its snippets: nothing gets to clean up. */
    private static void killTree(Process p) throws Exception {
        List<ProcessHandle> all = new java.util.ArrayList<>(p.descendants().toList());
        all.add(p.toHandle());
        for (ProcessHandle h : all) h.destroyForcibly();
        for (ProcessHandle h : all) h.onExit().get();
    }
}
