package dev.civkit.client;

import java.time.Duration;

/** The documented polling rhythm for servers that do not hold requests: 2, 5, 10, 15, then 30 s. */
public final class Cadence {
    private static final long[] SECONDS = {2, 5, 10, 15, 30};
    private int next;

    public Duration next() {
        long s = SECONDS[Math.min(next, SECONDS.length - 1)];
        next++;
        return Duration.ofSeconds(s);
    }
}
