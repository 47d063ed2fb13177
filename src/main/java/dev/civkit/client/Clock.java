package dev.civkit.client;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as waiting, cadence, retry and download code sees it: injected so their tests can run a
 * minute of waiting in no time or move past an expiry, and never read from the wall clock directly.
 */
public interface Clock {
    Clock SYSTEM = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
            long n = Math.max(0, d.toNanos());
            Thread.sleep(n / 1_000_000, (int) (n % 1_000_000));
        }
    };

    /** A monotonic reading, as {@link System#nanoTime()}. */
    long nanoTime();

    /**
     * The date and time, for what the service dates (a signed URL's expiry, a Retry-After date):
     * read here rather than from the wall clock, so a test can move it past an expiry.
     */
    Instant now();

    void sleep(Duration d) throws InterruptedException;

    default Deadline after(Duration d) {
        return new Deadline(this, nanoTime() + nanos(d));
    }

    /** Longer than anyone waits; a Duration beyond it (Long.MAX_VALUE seconds, say) means "no limit" and is read as this. */
    Duration FOREVER = Duration.ofDays(365L * 100);

    /** {@code d} in nanoseconds, from 0 to {@link #FOREVER}: no overflow, whatever the caller passed. */
    static long nanos(Duration d) {
        if (d.isNegative()) return 0;
        return d.compareTo(FOREVER) > 0 ? FOREVER.toNanos() : d.toNanos();
    }
}
