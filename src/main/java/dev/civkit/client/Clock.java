package dev.civkit.client;

import java.time.Duration;

/**
 * Time as waiting, cadence and retry code sees it: injected so their tests can run a minute of
 * waiting in no time, and never read from the wall clock directly.
 */
public interface Clock {
    Clock SYSTEM = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
            long n = Math.max(0, d.toNanos());
            Thread.sleep(n / 1_000_000, (int) (n % 1_000_000));
        }
    };

    /** A monotonic reading, as {@link System#nanoTime()}. */
    long nanoTime();

    void sleep(Duration d) throws InterruptedException;

    default Deadline after(Duration d) {
        return new Deadline(this, nanoTime() + Math.max(0, d.toNanos()));
    }
}
