package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.request.BadInputSamples;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input typed into a real JShell session: each line is refused with the field and the rule,
 * nothing reaches the orchestrator, and the same session then runs a workflow.
 */
class JShellBadInputIT {
    @TempDir
    Path outputs;

    @Test
    void eachMistakeIsOneRefusalAndTheSessionGoesOn() throws Exception {
        Processes.jar();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withQueueTime(java.time.Duration.ofMillis(50)).withRunTime(java.time.Duration.ofMillis(200)))) {
            Process p = Processes.builder(List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh"),
                    Map.of("CIVKIT_OUTPUT_DIR", outputs.toString(), "CIVITAI_BASE_URL", sandbox.baseUrl(),
                            "CIVKIT_JOURNAL", outputs.resolve("journal.jsonl").toString())).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            Thread o = Processes.pump(p.getInputStream(), out);
            Thread e = Processes.pump(p.getErrorStream(), err);
            OutputStream in = p.getOutputStream();
            try {
                StringBuilder lines = new StringBuilder();
                for (BadInputSamples.Sample s : BadInputSamples.LINES) lines.append(s.code()).append('\n');
                lines.append("System.out.println(\"MARK-\" + \"REFUSED\")\n");
                in.write(lines.toString().getBytes(StandardCharsets.UTF_8));
                in.flush();
                awaitText(out, "MARK-REFUSED", p);
                assertEquals(0, sandbox.requestCount(), "no bad line may reach the orchestrator:\n" + out.toString(StandardCharsets.UTF_8));

                in.write((BadInputSamples.VALID + "\nSystem.out.println(\"MARK-\" + \"AFTER\")\n/exit\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
                in.close();
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jshell did not exit:\n" + out.toString(StandardCharsets.UTF_8));
            } finally {
                p.destroyForcibly();
                o.join(5000);
                e.join(5000);
            }
            String text = out.toString(StandardCharsets.UTF_8);
            for (BadInputSamples.Sample s : BadInputSamples.LINES) {
                assertTrue(text.contains("InvalidRequestException: " + s.field() + ": "), () -> s.code() + " should be refused naming " + s.field() + ":\n" + text);
                assertTrue(text.contains(s.rule()), () -> s.code() + " should say " + s.rule() + ":\n" + text);
            }
            assertFalse(text.contains("|        at "), "a refusal is its message alone, no frames:\n" + text);
            for (String crash : List.of("NullPointerException", "StackOverflowError", "OutOfMemoryError", "Error:"))
                assertFalse(text.contains(crash), "no crash and every line compiles: " + crash + "\n" + text + err);
            assertTrue(text.contains("\"succeeded\""), "the session runs a workflow afterwards:\n" + text);
            assertTrue(text.indexOf("MARK-AFTER") > text.indexOf("\"succeeded\""), text);
            assertEquals(1, sandbox.workflowsCreated(), "exactly the valid workflow was created");
        }
    }

    private static void awaitText(ByteArrayOutputStream out, String text, Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            if (!p.isAlive() || System.nanoTime() > deadline) fail("jshell never printed " + text + ":\n" + out.toString(StandardCharsets.UTF_8));
            Thread.sleep(50);
        }
    }
}
