package dev.civkit.client;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import dev.civkit.json.Json;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's retry policy against a scripted server: what is retried, how long it waits, what never is. */
class RetryTest {
    static final String WF = "{\"id\":\"wf_1\",\"status\":\"succeeded\",\"steps\":[]}";
    final Deque<int[]> script = new ArrayDeque<>(); // {status, retryAfterSeconds or -1}
    final List<String> seen = new ArrayList<>();
    HttpServer server;

    CivitaiClient client(RetryPolicy p) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", ex -> {
            synchronized (seen) {
                seen.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            }
            int[] next = script.isEmpty() ? new int[] {200, -1} : script.poll();
            if (next[1] >= 0) ex.getResponseHeaders().set("Retry-After", Integer.toString(next[1]));
            byte[] body = (next[0] == 200 ? WF : "{\"status\":" + next[0] + ",\"title\":\"scripted\"}").getBytes(StandardCharsets.UTF_8);
            if (next[0] == 204) {
                ex.sendResponseHeaders(204, -1);
            } else {
                ex.sendResponseHeaders(next[0], body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
        return new CivitaiClient(ClientConfig.of("http://127.0.0.1:" + server.getAddress().getPort(), null).withRetry(p));
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    static RetryPolicy fast(int tries) {
        return new RetryPolicy(tries, Duration.ofMillis(5), Duration.ofSeconds(30));
    }

    @Test
    void transientFaultsAreRetriedUntilAnAnswer() throws Exception {
        script.addAll(List.of(new int[] {500, -1}, new int[] {503, -1}, new int[] {502, -1}));
        try (CivitaiClient c = client(fast(5))) {
            assertEquals("succeeded", c.getWorkflow("wf_1", 0).workflow().status());
            assertEquals(4, seen.size());
            assertEquals(3, c.retryCount());
        }
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        script.add(new int[] {429, 1});
        try (CivitaiClient c = client(fast(5))) {
            long t0 = System.nanoTime();
            c.getWorkflow("wf_1", 0);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 950, "waited the server's Retry-After of 1 s, took " + ms + " ms");
            assertEquals(2, seen.size());
        }
    }

    @Test
    void givesUpAfterMaxTries() throws Exception {
        for (int i = 0; i < 10; i++) script.add(new int[] {500, -1});
        try (CivitaiClient c = client(fast(3))) {
            ApiException e = assertThrows(ApiException.class, () -> c.getWorkflow("wf_1", 0));
            assertEquals(500, e.status());
            assertEquals(3, seen.size());
        }
    }

    @Test
    void clientErrorsAreNeverRetried() throws Exception {
        for (int code : new int[] {400, 401, 403, 404}) {
            script.clear();
            seen.clear();
            script.add(new int[] {code, -1});
            try (CivitaiClient c = client(fast(5))) {
                ApiException e = assertThrows(ApiException.class, () -> c.getWorkflow("wf_1", 0));
                assertEquals(code, e.status());
                assertEquals(1, seen.size(), code + " was sent once");
            }
            server.stop(0);
        }
    }

    @Test
    void submissionWithoutExternalIdIsNotRetriedButWithOneItIs() throws Exception {
        script.add(new int[] {503, -1});
        try (CivitaiClient c = client(fast(5))) {
            var bare = Json.parse("{\"steps\":[{\"$type\":\"echo\",\"input\":{}}]}");
            assertThrows(ApiException.class, () -> c.submitWorkflow(bare, SubmitOptions.now()));
            assertEquals(1, seen.size(), "a POST without an idempotency key could create a second workflow");
            script.add(new int[] {503, -1});
            var keyed = Json.parse("{\"externalId\":\"k1\",\"steps\":[{\"$type\":\"echo\",\"input\":{}}]}");
            assertEquals("wf_1", c.submitWorkflow(keyed, SubmitOptions.now()).workflow().id());
            assertEquals(3, seen.size());
        }
    }

    @Test
    void conflictRefetchesAndReportsTheCurrentStatus() throws Exception {
        script.add(new int[] {409, -1});
        try (CivitaiClient c = client(fast(5))) {
            ApiException e = assertThrows(ApiException.class, () -> c.cancelWorkflow("wf_1"));
            assertEquals(409, e.status());
            assertTrue(e.getMessage().contains("it is now succeeded"), e.getMessage());
            assertEquals(List.of("PUT /v2/consumer/workflows/wf_1", "GET /v2/consumer/workflows/wf_1"), seen);
        }
    }

    @Test
    void unreachableServerIsRetriedThenReported() throws Exception {
        try (CivitaiClient c = client(fast(3))) {
            c.getWorkflow("wf_1", 0); // it answered once: a refusal now is a restart, worth the retries
            server.stop(0);
            var e = assertThrows(java.io.UncheckedIOException.class, () -> c.getWorkflow("wf_1", 0));
            assertTrue(e.getMessage().contains("could not connect to 127.0.0.1:"), e.getMessage());
            assertEquals(2, c.retryCount());
        }
    }

    @Test
    void policyDelaysStayWithinBoundsAndDefaultsAreDocumented() {
        assertEquals(5, RetryPolicy.DEFAULT.maxTries());
        assertEquals(5, ClientConfig.of(null, null).retry().maxTries());
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(30));
        for (int failed = 1; failed < 40; failed++) {
            Duration d = p.delay(failed, null);
            assertTrue(d.compareTo(Duration.ofSeconds(30)) <= 0, d.toString());
            assertTrue(d.toMillis() >= Math.min(30_000, 1000L << (failed - 1)) / 2 - 1, failed + ": " + d);
        }
        assertEquals(Duration.ofSeconds(7), p.delay(1, Duration.ofSeconds(7)));
        assertEquals(Duration.ofSeconds(600), p.delay(1, Duration.ofSeconds(600)), "Retry-After is honoured at any length");
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ZERO, Duration.ofMinutes(5)));
        Instant now = Instant.parse("2026-05-26T10:00:00Z");
        assertEquals(Duration.ofSeconds(120), Transport.retryAfter("120", now));
        assertNull(Transport.retryAfter("soon", now));
        // A date is read against the client's clock, not the machine's.
        assertEquals(Duration.ofSeconds(90), Transport.retryAfter("Tue, 26 May 2026 10:01:30 GMT", now));
        assertEquals(Duration.ZERO, Transport.retryAfter("Tue, 26 May 2026 09:59:00 GMT", now));
    }
}
