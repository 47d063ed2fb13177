package dev.civkit.client;

import java.util.ArrayDeque;

/**
 * One transfer's sliding window under {@link TransferLimits}: the byte count is marked a few times
 * a window, so the rate over the last window is known within a sixteenth of it, in constant memory
 * whatever the file's length.
 */
final class RateFloor {
    private static final int MARKS_PER_WINDOW = 16;
    private final long window;
    private final long step;
    private final long minBytesPerSecond;
    /** {time, bytes so far}, oldest first; the oldest is at least a window old once the grace is over. */
    private final ArrayDeque<long[]> marks = new ArrayDeque<>();
    private long lastBytes;

    RateFloor(TransferLimits limits, long startNanos) {
        this.window = Clock.nanos(limits.window());
        this.step = Math.max(1, window / MARKS_PER_WINDOW);
        this.minBytesPerSecond = limits.minBytesPerSecond();
        marks.addLast(new long[] {startNanos, 0});
    }

    /**
     * Whether, a whole window into the transfer, the last window brought fewer bytes than the floor
     * asks; before that (the grace) never.
     */
    boolean below(long nowNanos, long bytes) {
        lastBytes = bytes;
        if (nowNanos - marks.peekLast()[0] >= step) marks.addLast(new long[] {nowNanos, bytes});
        while (marks.size() > 1) {
            long[] oldest = marks.pollFirst();
            if (nowNanos - marks.peekFirst()[0] < window) {
                marks.addFirst(oldest);
                break;
            }
        }
        long[] from = marks.peekFirst();
        long span = nowNanos - from[0];
        if (span < window) return false;
        // bytes / seconds < floor, as doubles: a long window times a high floor would overflow a long
        return (double) (bytes - from[1]) * 1e9 < (double) minBytesPerSecond * span;
    }

    /** Bytes that arrived over the window last judged, for the reason a transfer was dropped. */
    long bytesInWindow() {
        return lastBytes - marks.peekFirst()[1];
    }

    /** The window's length in whole seconds, for the same reason. */
    long windowSeconds() {
        return Math.max(1, window / 1_000_000_000L);
    }
}
