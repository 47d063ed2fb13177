package dev.civkit.fidelity;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ApiException;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.Clock;
import dev.civkit.client.RetryPolicy;
import dev.civkit.client.Workflow;
import dev.civkit.wait.ProgressListener;
import dev.civkit.wait.StillRunningException;
import dev.civkit.wait.Waiter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * await(Duration) is over by its deadline whatever the server does, and a long-poll cut by a
 * gateway turns into plain polling instead of ending the wait.
 */
class WaitFidelityTest {
    static final String ID = "9005769-20260526010006655";
    Scripted server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
    }

    static String wf(String status) {
        return "{\"id\":\"" + ID + "\",\"status\":\"" + status + "\",\"steps\":[{\"$type\":\"imageGen\",\"name\":\"$0\",\"status\":\"" + status + "\"}]}";
    }

    CivitaiClient client(Clock clock) {
        return new CivitaiClient(ClientConfig.of(server.base(), null).withRetry(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofSeconds(1))), clock);
    }

    Workflow running() {
        return Workflow.fromJson(wf("processing"));
    }

    /** Runs await(limit) and answers how long it took, in ms, after checking it ended as StillRunningException. */
    long stillRunningAfter(Duration limit) {
        try (CivitaiClient c = client(Clock.SYSTEM)) {
            long t0 = System.nanoTime();
            StillRunningException e = assertThrows(StillRunningException.class,
                    () -> new Waiter(c).await(ID, running(), limit, ProgressListener.NONE));
            assertTrue(e.getMessage().contains("keeps running"), e.getMessage());
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }

    @Test
    void aTricklingLongPollCannotHoldAwaitPastItsDeadline() throws Exception {
        byte[] spaces = " ".getBytes(StandardCharsets.UTF_8);
        server = new Scripted(req -> req.held() ? Scripted.trickle("application/json", spaces, 1_000_000, 200)
                : Scripted.json(200, wf("processing")));
        long ms = stillRunningAfter(Duration.ofSeconds(3));
        assertTrue(ms < 4000, "over by the deadline plus at most a second, took " + ms + " ms");
        assertTrue(ms >= 2500, "did not give up early, took " + ms + " ms");
    }

    @Test
    void aConnectionThatNeverAnswersCannotHoldAwaitPastItsDeadline() throws Exception {
        server = new Scripted(req -> Scripted.silence());
        long ms = stillRunningAfter(Duration.ofSeconds(2));
        assertTrue(ms < 3000, "over by the deadline plus at most a second, took " + ms + " ms");
    }

    @Test
    void aLongPollCutByAGatewayFallsBackToPollingAndSeesTheEnd() throws Exception {
        for (Scripted.Answer cut : new Scripted.Answer[] {
                Scripted.status(502, "text/html", "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>".getBytes(StandardCharsets.UTF_8)),
                Scripted.status(504, null, new byte[0]),
                Scripted.status(200, "text/html", "<html>upstream timed out</html>".getBytes(StandardCharsets.UTF_8)),
                Scripted.hangUp()}) {
            AtomicInteger polls = new AtomicInteger();
            server = new Scripted(req -> req.held() ? cut : Scripted.json(200, wf(polls.incrementAndGet() >= 4 ? "succeeded" : "processing")));
            FastClock clock = new FastClock();
            try (CivitaiClient c = client(clock)) {
                Workflow w = new Waiter(c).await(ID, running(), Duration.ofMinutes(10), ProgressListener.NONE);
                assertEquals("succeeded", w.status());
                assertEquals(4, polls.get(), "plain reads on the cadence after the cut");
                assertTrue(clock.skipped.get() >= Duration.ofSeconds(2 + 5 + 10).toNanos(), "paced on the documented cadence");
            }
            server.close();
        }
    }

    @Test
    void afterACutTheWaiterLongPollsAgainLater() throws Exception {
        AtomicInteger held = new AtomicInteger();
        AtomicInteger polls = new AtomicInteger();
        server = new Scripted(req -> {
            if (req.held()) return held.incrementAndGet() == 1 ? Scripted.status(504, null, new byte[0]) : Scripted.json(200, wf("succeeded"));
            polls.incrementAndGet();
            return Scripted.json(200, wf("processing"));
        });
        FastClock clock = new FastClock();
        try (CivitaiClient c = client(clock)) {
            Workflow w = new Waiter(c).await(ID, running(), Duration.ofMinutes(30), ProgressListener.NONE);
            assertEquals("succeeded", w.status());
            assertEquals(2, held.get(), "a second long-poll after a while of polling");
            assertTrue(polls.get() >= 3, "polled in between: " + polls.get());
        }
    }

    @Test
    void retryAfterPastTheDeadlineIsSaidNotRetriedEarly() throws Exception {
        server = new Scripted(req -> req.held() ? Scripted.status(504, null, new byte[0])
                : Scripted.status(429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8), "Retry-After: 45"));
        try (CivitaiClient c = client(Clock.SYSTEM)) {
            long t0 = System.nanoTime();
            StillRunningException e = assertThrows(StillRunningException.class,
                    () -> new Waiter(c).await(ID, running(), Duration.ofSeconds(8), ProgressListener.NONE));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(e.getMessage().contains("45 s"), e.getMessage());
            assertTrue(ms < 9000, "took " + ms + " ms");
            assertEquals(1, server.count("wait=") - server.count("wait=0") + 0, "one held read");
            long plain = server.seen.stream().filter(r -> !r.held()).count();
            assertEquals(1, plain, "the 429 was not retried before the 45 s it asked for");
        }
    }

    @Test
    void aRetryAfterWithinTheDeadlineIsHonouredAtAnyLength() throws Exception {
        AtomicInteger n = new AtomicInteger();
        server = new Scripted(req -> n.incrementAndGet() == 1
                ? Scripted.status(429, null, new byte[0], "Retry-After: 40")
                : Scripted.json(200, wf("succeeded")));
        FastClock clock = new FastClock();
        try (CivitaiClient c = client(clock)) {
            assertEquals("succeeded", c.getWorkflow(ID, 0).workflow().status());
            assertTrue(clock.skipped.get() >= Duration.ofSeconds(39).toNanos(), "waited the 40 s asked, not a capped 30: " + clock.skipped.get() + " " + server.seen + " " + c.retryCount());
        }
    }

    @Test
    void aRetryAfterPastACallsDeadlineIsReportedAtOnceWithWhenToComeBack() throws Exception {
        server = new Scripted(req -> Scripted.status(503, null, new byte[0], "Retry-After: 3600"));
        FastClock clock = new FastClock();
        try (CivitaiClient c = client(clock)) {
            ApiException e = assertThrows(ApiException.class, () -> c.getWorkflow(ID, 0));
            assertEquals(1, server.seen.size(), "not retried before the hour it asked for");
            assertEquals(0, clock.sleeps.get());
            assertTrue(e.getMessage().contains("3600 s") && e.getMessage().contains("past this call's deadline")
                    && e.getMessage().contains("try again after"), e.getMessage());
            assertFalse(e.getMessage().contains("retry in a little while"), e.getMessage());
        }
    }

    @Test
    void aGatewaysHtmlNeverReachesTheMessageButStaysOnTheException() throws Exception {
        String page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        server = new Scripted(req -> Scripted.status(502, "text/html", page.getBytes(StandardCharsets.UTF_8)));
        try (CivitaiClient c = client(new FastClock())) {
            ApiException e = assertThrows(ApiException.class, () -> c.getWorkflow(ID, 0));
            assertEquals(502, e.status());
            assertFalse(e.getMessage().contains("<"), e.getMessage());
            assertTrue(e.getMessage().contains("HTML page"), e.getMessage());
            assertTrue(e.getMessage().contains("retry"), e.getMessage());
            assertEquals(page, e.rawBody());
        }
    }

    @Test
    void jsonAnswersAreReadUnderASizeLimitAlsoAfterGzip() throws Exception {
        byte[] huge = new byte[20 << 20];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(z)) {
            gz.write(huge);
        }
        byte[] bomb = z.toByteArray();
        server = new Scripted(req -> req.target().contains("gz")
                ? Scripted.status(200, "application/json", bomb, "Content-Encoding: gzip")
                : Scripted.status(200, "application/json", huge));
        try (CivitaiClient c = client(new FastClock())) {
            var plain = assertThrows(RuntimeException.class, () -> c.getWorkflow("big", 0));
            assertTrue(String.valueOf(plain.getMessage()).contains("larger than"), plain.getMessage());
            var inflated = assertThrows(RuntimeException.class, () -> c.getWorkflow("gz", 0));
            assertTrue(String.valueOf(inflated.getMessage()).contains("larger than"), inflated.getMessage());
            assertTrue(bomb.length < 1 << 20, "the bomb is small on the wire");
        }
    }
}
