package dev.civkit;

import dev.civkit.session.Quote;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatifTest {
    @TempDir
    Path outputs;

    @Test
    void whatifPricesWithoutRunningAndPrintsReadably() {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            int created = fx.sandbox.workflowsCreated();
            Quote small = fx.workflow().imageGen(i -> i.engine("flux").prompt("cat").size(512, 512)).whatif();
            Quote big = fx.workflow().imageGen(i -> i.engine("flux").prompt("cat").size(1024, 1024).quantity(2)).whatif();
            assertEquals(created, fx.sandbox.workflowsCreated(), "whatif creates nothing");
            assertTrue(small.total() > 0);
            assertTrue(big.total() > small.total(), "more pixels and images cost more");
            assertFalse(small.insufficientBuzz());
            String text = big.toString();
            assertTrue(text.startsWith("whatif: 1 step (imageGen) would cost "), text);
            assertTrue(text.contains("paid from: "), text);
            assertFalse(text.trim().startsWith("{"), "not a wall of JSON");
            assertEquals(big.total(), big.byCurrency().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
            assertFalse(text.contains("WARNING"), text);
        }
    }

    @Test
    void aWorkflowTheAccountCannotPayForIsFlagged() {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            // Ten minutes of video: 6000 pretend Buzz, over the sandbox account's 5000.
            Quote q = fx.workflow().step("videoGen", java.util.Map.of("engine", "wan", "prompt", "a long shot", "duration", 600)).whatif();
            assertTrue(q.insufficientBuzz());
            assertTrue(q.toString().contains("WARNING: insufficient Buzz"), q.toString());
        }
    }
}
