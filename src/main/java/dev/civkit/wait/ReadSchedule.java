package dev.civkit.wait;

import dev.civkit.client.Clock;
import java.time.Duration;

/**
 * The one schedule every read of a workflow goes through while it is waited for, so the
 * progress display's reads and the waiter's own never go out back to back.
 */
final class ReadSchedule {
    static final Duration MIN_GAP = Duration.ofMillis(100);
    private final Clock clock;
    private long last = Long.MIN_VALUE;
    private boolean any;

    ReadSchedule(Clock clock) {
        this.clock = clock;
    }

    /** Waits, if needed, until {@link #MIN_GAP} has passed since the last read began, then claims now. */
    synchronized void beforeRead() throws InterruptedException {
        if (any) {
            long wait = last + MIN_GAP.toNanos() - clock.nanoTime();
            if (wait > 0) clock.sleep(Duration.ofNanos(wait));
        }
        last = clock.nanoTime();
        any = true;
    }

    synchronized long sinceLastRead() {
        return any ? clock.nanoTime() - last : Long.MAX_VALUE;
    }
}
