package dev.civkit.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How hard the client tries again after a transient fault (429, 5xx, a refused or reset
 * connection, a timeout): up to {@code maxTries} attempts in all, waiting an exponentially
 * growing, jittered delay between them, never longer than {@code maxDelay}. A Retry-After is
 * honoured at any length: the service knows when it will answer, and coming back earlier only
 * costs another refusal. (A call's deadline still bounds it: past the deadline the caller is
 * told so instead.)
 */
public record RetryPolicy(int maxTries, Duration baseDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));
    /** One attempt, no retries. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxTries < 1) throw new IllegalArgumentException("maxTries must be at least 1, got " + maxTries);
        if (baseDelay == null || baseDelay.isNegative()) throw new IllegalArgumentException("baseDelay must be 0 or more");
        if (maxDelay == null || maxDelay.isNegative()) throw new IllegalArgumentException("maxDelay must be 0 or more");
        if (maxDelay.compareTo(Duration.ofSeconds(30)) > 0)
            throw new IllegalArgumentException("maxDelay may be at most 30 s, got " + maxDelay.toSeconds() + " s");
    }

    public static RetryPolicy of(int maxTries, Duration baseDelay) {
        return new RetryPolicy(maxTries, baseDelay, DEFAULT.maxDelay);
    }

    public RetryPolicy withMaxTries(int n) {
        return new RetryPolicy(n, baseDelay, maxDelay);
    }

    /**
     * The pause before attempt {@code failed + 1}: "equal jitter", half fixed and half random, so
     * a crowd of clients that failed together does not come back together.
     */
    public Duration delay(int failed, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative() && !retryAfter.isZero())
            return retryAfter;
        long cap = maxDelay.toNanos();
        long exp = baseDelay.toNanos() << Math.min(30, Math.max(0, failed - 1));
        if (exp < 0 || exp > cap) exp = cap;
        long half = exp / 2;
        return Duration.ofNanos(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }
}
