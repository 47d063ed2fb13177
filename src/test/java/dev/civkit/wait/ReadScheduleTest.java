package dev.civkit.wait;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Progress peeks and the waiter's own reads share one schedule: never two reads within 100 ms. No real time passes. */
@Tag("unit")
class ReadScheduleTest {
    @Test
    void readsBackToBackAreSpacedAndSpacedReadsAreNotDelayed() throws Exception {
        ManualClock clock = new ManualClock();
        ReadSchedule s = new ReadSchedule(clock);
        List<Long> starts = new ArrayList<>();
        s.beforeRead();
        starts.add(clock.now);
        clock.now += Duration.ofMillis(30).toNanos();
        s.beforeRead(); // a peek 30 ms after a poll waits for the rest of the gap
        starts.add(clock.now);
        s.beforeRead();
        starts.add(clock.now);
        clock.now += Duration.ofSeconds(2).toNanos();
        s.beforeRead();
        starts.add(clock.now);
        for (int i = 1; i < starts.size(); i++)
            assertTrue(starts.get(i) - starts.get(i - 1) >= ReadSchedule.MIN_GAP.toNanos(), "read " + i + " came too soon");
        assertEquals(List.of(Duration.ofMillis(70), Duration.ofMillis(100)), clock.slept, "only the reads that came too soon waited");
    }
}
