package dev.civkit.wait;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ApiException;
import dev.civkit.client.ProblemDetails;
import dev.civkit.client.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The waiter's decisions against a scripted reader and a manual clock: minutes of waiting, no real time, no socket. */
@Tag("unit")
class WaiterTest {
    final ManualClock clock = new ManualClock();
    final List<String> reads = new ArrayList<>();

    static Workflow wf(String status) {
        return Workflow.fromJson("{\"id\":\"9005769-1\",\"status\":\"" + status + "\",\"steps\":[]}");
    }

    static ApiException status(int code, Duration retryAfter) {
        return new ApiException("GetWorkflow", code, new ProblemDetails(null, "x", code, null, null, null, null), retryAfter);
    }

    @Test
    void aWatchedWaitPeeksInTheFirstSecondsThenOnTheDocumentedCadence() {
        Waiter.PeekCadence c = new Waiter.PeekCadence();
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 10; i++) ms.add(c.next().toMillis());
        assertEquals(List.of(500L, 1000L, 1000L, 2000L, 2000L, 5000L, 10000L, 15000L, 30000L, 30000L), ms);
    }

    @Test
    void aCutLongPollFallsBackToTheDocumentedCadenceAndNeverEndsEarly() {
        Waiter w = new Waiter((id, waitS, d) -> {
            reads.add(waitS > 0 ? "held" : "poll");
            if (waitS > 0) throw status(504, null);
            return wf(reads.size() >= 5 ? "succeeded" : "processing");
        }, clock);
        assertEquals("succeeded", w.await("9005769-1", wf("processing"), Duration.ofMinutes(10), ProgressListener.NONE).status());
        assertEquals(List.of("held", "poll", "poll", "poll", "poll"), reads);
        assertEquals(List.of(2L, 5L, 10L, 15L), clock.slept.stream().map(Duration::toSeconds).toList(), "2, 5, 10, 15 s");
    }

    @Test
    void afterAMinuteOfPollingItLongPollsAgain() {
        Waiter w = new Waiter((id, waitS, d) -> {
            reads.add(waitS > 0 ? "held" : "poll");
            long held = reads.stream().filter("held"::equals).count();
            if (waitS > 0 && held == 1) throw new UncheckedIOException(new IOException("connection closed"));
            if (waitS > 0) {
                clock.advance(Duration.ofSeconds(waitS));
                return wf("succeeded");
            }
            return wf("processing");
        }, clock);
        assertEquals("succeeded", w.await("9005769-1", wf("processing"), Duration.ofHours(1), ProgressListener.NONE).status());
        assertEquals(List.of("held", "poll", "poll", "poll", "poll", "poll", "held"), reads, "2+5+10+15+30 s of polling passes the minute");
    }

    @Test
    void transientFaultsOnPollsDoNotEndTheWait() {
        Waiter w = new Waiter((id, waitS, d) -> {
            reads.add("r");
            if (waitS > 0) throw status(502, null);
            if (reads.size() < 6) throw reads.size() % 2 == 0 ? status(503, null) : new UncheckedIOException(new IOException("reset"));
            return wf("failed");
        }, clock);
        assertEquals("failed", w.await("9005769-1", wf("queued"), Duration.ofMinutes(30), ProgressListener.NONE).status());
        assertEquals(6, reads.size());
    }

    @Test
    void theDeadlineEndsTheWaitWithWhatWentWrong() {
        Waiter w = new Waiter((id, waitS, d) -> {
            reads.add("r");
            clock.advance(Duration.ofSeconds(Math.max(waitS, 1)));
            throw status(502, null);
        }, clock);
        StillRunningException e = assertThrows(StillRunningException.class,
                () -> w.await("9005769-1", wf("processing"), Duration.ofMinutes(3), ProgressListener.NONE));
        assertTrue(clock.now <= Duration.ofMinutes(3).plusSeconds(1).toNanos(), "over by the deadline: " + clock.now);
        assertTrue(e.getMessage().contains("still processing") && e.getMessage().contains("HTTP 502"), e.getMessage());
    }

    @Test
    void aRetryAfterIsHonouredAtAnyLengthOrSaidWhenPastTheDeadline() {
        Waiter w = new Waiter((id, waitS, d) -> {
            reads.add("r");
            if (reads.size() == 1) throw status(429, Duration.ofSeconds(45));
            return wf("succeeded");
        }, clock);
        assertEquals("succeeded", w.await("9005769-1", wf("processing"), Duration.ofMinutes(5), ProgressListener.NONE).status());
        assertTrue(clock.slept.contains(Duration.ofSeconds(45)), clock.slept.toString());

        reads.clear();
        clock.slept.clear();
        Waiter late = new Waiter((id, waitS, d) -> {
            reads.add("r");
            throw status(429, Duration.ofSeconds(600));
        }, clock);
        StillRunningException e = assertThrows(StillRunningException.class,
                () -> late.await("9005769-1", wf("processing"), Duration.ofMinutes(5), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("600 s"), e.getMessage());
        assertEquals(1, reads.size(), "not asked again before the 600 s it asked for");
        assertEquals(List.of(), clock.slept);
    }

    @Test
    void aRefusalEndsTheWaitAtOnce() {
        Waiter w = new Waiter((id, waitS, d) -> {
            reads.add("r");
            throw status(404, null);
        }, clock);
        assertEquals(404, assertThrows(ApiException.class,
                () -> w.await("9005769-1", wf("processing"), Duration.ofMinutes(5), ProgressListener.NONE)).status());
        assertEquals(1, reads.size());
    }
}
