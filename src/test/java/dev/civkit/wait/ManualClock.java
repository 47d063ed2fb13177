package dev.civkit.wait;

import dev.civkit.client.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when slept on, or when a test moves it: waiting costs no real time. */
final class ManualClock implements Clock {
    /** Where the date starts; it moves with the monotonic reading. */
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    long now;
    final List<Duration> slept = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized Instant now() {
        return EPOCH.plusNanos(now);
    }

    @Override
    public synchronized void sleep(Duration d) {
        slept.add(d);
        now += Math.max(0, d.toNanos());
    }

    synchronized void advance(Duration d) {
        now += d.toNanos();
    }
}
