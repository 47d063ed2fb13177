package dev.civkit.fidelity;

import dev.civkit.client.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Real time plus every sleep skipped: waiting on a cadence costs no wall time, calls still run for real. */
final class FastClock implements Clock {
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong sleeps = new AtomicLong();

    @Override
    public long nanoTime() {
        return System.nanoTime() + skipped.get();
    }

    /** The date moves with the skipped sleeps too, so what expired while "waiting" has expired. */
    @Override
    public Instant now() {
        return Instant.now().plusNanos(skipped.get());
    }

    @Override
    public void sleep(Duration d) {
        sleeps.incrementAndGet();
        skipped.addAndGet(Math.max(0, d.toNanos()));
    }
}
