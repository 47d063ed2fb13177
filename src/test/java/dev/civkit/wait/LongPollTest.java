package dev.civkit.wait;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.client.Cadence;
import dev.civkit.session.WorkflowHandle;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 202 then a held GetWorkflow; and the polling cadence for servers that do not hold. */
class LongPollTest {
    @TempDir
    Path outputs;

    @Test
    void inFlightSubmissionCompletesThroughOneHeldRequest() {
        try (SandboxFixture fx = SandboxFixture.start(
                SandboxFixture.fast().withRunTime(Duration.ofSeconds(2)), outputs)) {
            long before = fx.session.client().requestCount();
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("held").size(64, 64)).submit();
            assertFalse(h.isDone(), "202: still in flight right after submit");
            h.await();
            assertEquals("succeeded", h.status());
            assertEquals(2, fx.session.client().requestCount() - before, "submit + one long-poll");
        }
    }

    @Test
    void serverThatDoesNotHoldIsPolledOnTheCadence() {
        try (SandboxFixture fx = SandboxFixture.start(
                SandboxFixture.fast().withRunTime(Duration.ofMillis(800)).withHoldLongPolls(false), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("polled").size(64, 64)).submit();
            long before = fx.session.client().requestCount();
            long t0 = System.nanoTime();
            h.await(Duration.ofSeconds(30));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("succeeded", h.status());
            // one unheld answer, then the first 2 s cadence sleep, then the read that sees it done
            assertEquals(2, fx.session.client().requestCount() - before);
            assertTrue(ms >= 1900, "slept on the cadence, took " + ms + " ms");
        }
    }

    @Test
    void aWatchedWaitRefreshesTheViewWhileTheLongPollIsHeld() {
        try (SandboxFixture fx = SandboxFixture.start(
                SandboxFixture.fast().withRunTime(Duration.ofSeconds(6)), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("watched").size(64, 64)).submit();
            java.util.List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            ProgressListener watcher = new ProgressListener() {
                @Override
                public void update(dev.civkit.client.Workflow w) {
                    seen.add(w.status() + " " + Math.round(100 * (w.progress() == null ? 0 : w.progress())));
                }

                @Override
                public void finish(dev.civkit.client.Workflow w) {}

                @Override
                public boolean visible() {
                    return true;
                }
            };
            h.await(Duration.ofSeconds(30), watcher);
            assertEquals("succeeded", h.status());
            assertTrue(seen.stream().anyMatch(v -> v.startsWith("processing ")),
                    "a view from while the job ran reached the display: " + seen);
            assertTrue(seen.get(seen.size() - 1).startsWith("succeeded"), seen.toString());
        }
    }

    @Test
    void cadenceIsTheDocumentedOne() {
        Cadence c = new Cadence();
        long[] seen = new long[7];
        for (int i = 0; i < seen.length; i++) seen[i] = c.next().toSeconds();
        assertArrayEquals(new long[] {2, 5, 10, 15, 30, 30, 30}, seen);
    }

    @Test
    void awaitWithALimitThrowsButLeavesTheWorkflowRunning() {
        try (SandboxFixture fx = SandboxFixture.start(
                SandboxFixture.fast().withRunTime(Duration.ofSeconds(20)), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("long").size(64, 64)).submit();
            StillRunningException e = assertThrows(StillRunningException.class, () -> h.await(Duration.ofSeconds(1)));
            assertTrue(e.getMessage().contains("workflow(\"" + h.id() + "\").await()"), e.getMessage());
            assertFalse(h.refresh().isDone());
            assertNotEquals("canceled", h.status());
        }
    }

    @Test
    void interruptingAWaitNeverCancelsAndSaysHowToResume() throws Exception {
        try (SandboxFixture fx = SandboxFixture.start(
                SandboxFixture.fast().withRunTime(Duration.ofSeconds(3)), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("interrupted").size(64, 64)).submit();
            Thread t = new Thread(() -> {
                try {
                    h.await();
                } catch (RuntimeException expected) {
                    // the interrupted wait surfaces as an exception in the waiting thread
                }
            });
            t.start();
            Thread.sleep(500);
            t.interrupt();
            t.join(10_000);
            assertFalse(t.isAlive());
            assertTrue(fx.console().contains("Stopped waiting. " + h.id() + " (last seen ") && fx.console().contains(") keeps running on the server")
                    && fx.console().contains("workflow(\"" + h.id() + "\").await()"), fx.console());
            assertEquals("succeeded", fx.session.attach(h.id()).await(Duration.ofSeconds(30)).status());
        }
    }
}
