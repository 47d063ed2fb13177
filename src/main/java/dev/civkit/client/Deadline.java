package dev.civkit.client;

import java.time.Duration;

/** A point on a {@link Clock} by which an operation must be over, retries and all. */
public record Deadline(Clock clock, long atNanos) {
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, atNanos - clock.nanoTime()));
    }

    public boolean passed() {
        return atNanos - clock.nanoTime() <= 0;
    }

    /** The earlier of this and {@code d} from now. */
    public Deadline within(Duration d) {
        long other = clock.nanoTime() + Clock.nanos(d);
        return other - atNanos < 0 ? new Deadline(clock, other) : this;
    }
}
