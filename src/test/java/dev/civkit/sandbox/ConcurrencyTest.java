package dev.civkit.sandbox;

import static dev.civkit.sandbox.SandboxClient.imageGen;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConcurrencyTest {
    @Test
    void thousandWorkflowsAtConcurrency64() throws Exception {
        SandboxConfig cfg = SandboxConfig.defaults().withQueueTime(Duration.ofMillis(10)).withRunTime(Duration.ofMillis(30));
        try (Sandbox sb = Sandbox.start(cfg)) {
            SandboxClient api = new SandboxClient(sb);
            ExecutorService pool = Executors.newFixedThreadPool(64);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    int n = i;
                    results.add(pool.submit(() -> {
                        var r = api.post("/v2/consumer/workflows?wait=30", imageGen("load " + n, (long) n, 64, 64));
                        assertEquals(200, r.status());
                        JsonNode wf = r.json();
                        assertEquals("succeeded", wf.get("status").asString());
                        return wf.get("id").asString();
                    }));
                }
                Set<String> ids = new HashSet<>();
                for (Future<String> f : results) ids.add(f.get());
                assertEquals(1000, ids.size());
                assertEquals(1000, sb.workflowsCreated());
                assertTrue(sb.requestCount() >= 1000);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void heldLongPollWakesPromptlyOnCompletion() throws Exception {
        SandboxConfig cfg = SandboxConfig.defaults().withQueueTime(Duration.ZERO).withRunTime(Duration.ofMillis(500));
        try (Sandbox sb = Sandbox.start(cfg)) {
            SandboxClient api = new SandboxClient(sb);
            long t0 = System.nanoTime();
            var r = api.post("/v2/consumer/workflows?wait=30", imageGen("wake", 1L, 32, 32));
            long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertEquals(200, r.status());
            JsonNode wf = r.json();
            long runMs = Duration.between(java.time.Instant.parse(wf.get("createdAt").asString()),
                    java.time.Instant.parse(wf.get("completedAt").asString())).toMillis();
            assertTrue(ms >= 450, "held until done, took " + ms);
            // Woken by the completion, not held to the end of its 30 s wait. How promptly is a speed,
            // measured in bench (completion detection p50/p99), not asserted here: a busy machine stretches it.
            assertTrue(ms < 15_000, "answered when the workflow ended, not at the wait's end: total " + ms + " vs run " + runMs);
        }
    }
}
