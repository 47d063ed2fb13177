package dev.civkit.client;

import java.time.Duration;

/**
 * When one file's download is given up: the server must keep sending (no gap longer than
 * {@code stall}), and once {@code window} has passed, the bytes that arrived over the last
 * {@code window} must average at least {@code minBytesPerSecond}. Neither rule reads the length
 * the server declares, so a server that claims 2 GB and sends a byte a second is dropped after
 * one window, while a slow link that keeps moving finishes however long the file. A caller's own
 * deadline, when earlier, wins.
 */
public record TransferLimits(Duration stall, long minBytesPerSecond, Duration window) {
    /** 30 s without a byte, or under 4 KiB/s over the last 30 s, abandons the file. */
    public static final TransferLimits DEFAULT = new TransferLimits(Duration.ofSeconds(30), 4 * 1024, Duration.ofSeconds(30));

    public TransferLimits {
        if (stall == null || stall.isNegative() || stall.isZero()) throw new IllegalArgumentException("stall must be positive");
        if (minBytesPerSecond < 1) throw new IllegalArgumentException("minBytesPerSecond must be at least 1");
        if (window == null || window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive");
    }

    /** The floor as a person reads it: {@code 4 KiB/s}, {@code 512 B/s}. */
    public String floor() {
        return minBytesPerSecond % 1024 == 0 ? minBytesPerSecond / 1024 + " KiB/s" : minBytesPerSecond + " B/s";
    }
}
