package dev.civkit.outputs;

import java.nio.file.Path;

/** An output on disk, verified: its size in bytes and, for images, its pixel size. */
public record SavedFile(Path path, Output output, String contentType, long bytes, Integer width, Integer height) {
    public String describe() {
        String px = width == null ? "" : "  " + width + "x" + height;
        return path + "  " + humanBytes(bytes) + px;
    }

    static String humanBytes(long n) {
        if (n < 1024) return n + " B";
        if (n < 1024 * 1024) return String.format("%.1f KB", n / 1024.0);
        return String.format("%.1f MB", n / (1024.0 * 1024));
    }

    @Override
    public String toString() {
        return describe();
    }
}
