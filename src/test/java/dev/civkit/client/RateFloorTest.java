package dev.civkit.client;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The sliding-window floor on its own, on readings a test chooses: hours of transfer in no time. */
@Tag("unit")
class RateFloorTest {
    static final long S = 1_000_000_000L;
    static final TransferLimits LIMITS = new TransferLimits(Duration.ofSeconds(30), 4096, Duration.ofSeconds(30));

    @Test
    void nothingIsJudgedBeforeAWholeWindowHasPassed() {
        RateFloor f = new RateFloor(LIMITS, 0);
        for (long t = 1; t < 30; t++) assertFalse(f.below(t * S, t), "grace at " + t + " s");
        assertTrue(f.below(30 * S, 30), "a byte a second, one window in");
        assertEquals(30, f.bytesInWindow());
        assertEquals(30, f.windowSeconds());
    }

    @Test
    void aSteadyLinkAboveTheFloorIsNeverDroppedHoweverLongItRuns() {
        RateFloor f = new RateFloor(LIMITS, 0);
        // 5 KiB/s for ten hours, read every 100 ms: 180 MB, far past any allowance scaled by size.
        long bytes = 0;
        for (long tenth = 1; tenth <= 10 * 3600 * 10; tenth++) {
            bytes += 512;
            assertFalse(f.below(tenth * S / 10, bytes), "dropped at " + tenth / 10 + " s");
        }
    }

    @Test
    void aFastStartDoesNotBuyALaterCrawl() {
        RateFloor f = new RateFloor(LIMITS, 0);
        long bytes = 100L << 20;
        assertFalse(f.below(S, bytes), "100 MB in the first second");
        long t = S;
        boolean dropped = false;
        while (!dropped && t < 120 * S) {
            t += S;
            bytes += 1;
            dropped = f.below(t, bytes);
        }
        assertTrue(dropped, "the crawl after the burst is dropped");
        long seconds = t / S;
        assertTrue(seconds >= 31 && seconds <= 33, "about one window after the burst, at " + seconds + " s");
        assertTrue(f.bytesInWindow() < 40, f.bytesInWindow() + " bytes in the window");
    }

    @Test
    void aLinkThatSlowsBelowTheFloorIsDroppedAboutAWindowLater() {
        RateFloor f = new RateFloor(LIMITS, 0);
        long bytes = 0;
        long t = 0;
        for (; t < 300 * S; t += S / 10) assertFalse(f.below(t, bytes += 1024), "10 KiB/s is fine at " + t / S + " s");
        long slowFrom = t;
        boolean dropped = false;
        while (!dropped) {
            t += S / 10;
            dropped = f.below(t, bytes += 300); // 3000 B/s, under the 4096 floor
        }
        long after = (t - slowFrom) / S;
        assertTrue(after >= 5 && after <= 31, "dropped " + after + " s after slowing");
    }

    @Test
    void theFloorReadsAsAPersonWritesIt() {
        assertEquals("4 KiB/s", TransferLimits.DEFAULT.floor());
        assertEquals("1500 B/s", new TransferLimits(Duration.ofSeconds(1), 1500, Duration.ofSeconds(1)).floor());
        assertThrows(IllegalArgumentException.class, () -> new TransferLimits(Duration.ofSeconds(1), 1, Duration.ZERO));
    }
}
