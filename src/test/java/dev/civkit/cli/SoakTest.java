package dev.civkit.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.sandbox.FaultPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 100 workflows through the default faults (20% 5xx, 10% 429, 5% resets, expiring URLs, plus failed steps). */
class SoakTest {
    @TempDir
    Path dir;

    @Test
    void hundredWorkflowsUnderFaultsKeepEveryInvariant() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        FaultPlan plan = FaultPlan.parse("500=0.1,503=0.1,429=0.1,reset=0.05,expire=1,no_provider_available=0.03,blocked=0.03", 7)
                .withRetryAfterSeconds(0);
        Soak.Summary s = Soak.soak(100, 16, plan, dir, new PrintStream(console, true, StandardCharsets.UTF_8));
        String line = s.line();
        assertEquals(100, s.submitted(), line + "\n" + console);
        assertEquals(100, s.created(), "zero duplicates: " + line);
        assertEquals(0, s.unhandled(), line + "\n" + console);
        assertEquals(s.succeeded(), s.verified(), line);
        assertEquals(100, s.succeeded() + s.failed().values().stream().mapToInt(Integer::intValue).sum(), line);
        assertTrue(s.failed().keySet().stream().allMatch(k -> k.startsWith("failed:")), line);
        assertTrue(s.faults().getOrDefault("reset", 0L) > 0 && s.faults().getOrDefault("429", 0L) > 0, s.faults().toString());
        assertTrue(s.ok() && line.endsWith("OK"), line);
    }
}
