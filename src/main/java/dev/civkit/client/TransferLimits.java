package dev.civkit.client;

import java.time.Duration;

/**
 * How long one file's download may take: the server must keep sending (no gap longer than
 * {@code stall}) and the whole file must arrive within {@code minimum} plus its declared size at
 * {@code minBytesPerSecond}. A caller's own deadline, when earlier, wins.
 */
public record TransferLimits(Duration stall, long minBytesPerSecond, Duration minimum) {
    /** 30 s without a byte, or slower than 64 KiB/s after the first minute, abandons the file. */
    public static final TransferLimits DEFAULT = new TransferLimits(Duration.ofSeconds(30), 64 * 1024, Duration.ofSeconds(60));

    public TransferLimits {
        if (stall == null || stall.isNegative() || stall.isZero()) throw new IllegalArgumentException("stall must be positive");
        if (minBytesPerSecond < 1) throw new IllegalArgumentException("minBytesPerSecond must be at least 1");
        if (minimum == null || minimum.isNegative()) throw new IllegalArgumentException("minimum must be 0 or more");
    }

    /** The time a file of {@code bytes} (or, unknown, as many as arrived so far) is allowed. */
    public Duration allowed(long bytes) {
        return minimum.plusMillis(Math.max(0, bytes) * 1000 / minBytesPerSecond);
    }
}
