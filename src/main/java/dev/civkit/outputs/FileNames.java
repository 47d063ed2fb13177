package dev.civkit.outputs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Output file names built only from safe characters: step names and blob ids come from the
 * server and must never steer a write outside the output folder. Names are handed out per
 * download so that two steps whose names sanitise alike ({@code $0} and {@code 0}), or differ
 * only in case, never share a file.
 */
final class FileNames {
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("image/webp", "webp"),
            Map.entry("image/gif", "gif"), Map.entry("image/bmp", "bmp"), Map.entry("image/svg+xml", "svg"),
            Map.entry("video/mp4", "mp4"), Map.entry("video/webm", "webm"), Map.entry("video/quicktime", "mov"),
            Map.entry("audio/wav", "wav"), Map.entry("audio/x-wav", "wav"), Map.entry("audio/wave", "wav"),
            Map.entry("audio/mpeg", "mp3"), Map.entry("audio/ogg", "ogg"), Map.entry("audio/flac", "flac"),
            Map.entry("text/plain", "txt"), Map.entry("application/json", "json"), Map.entry("application/zip", "zip"));

    private final Map<String, Integer> counters = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** A base name (no extension) no other output of this download has, nor any name in {@code reserved}. */
    String next(Output o, Set<String> reserved) {
        String stem = "step-" + safe(o.stepName(), 40) + "-" + safe(o.kind(), 16) + "-";
        String key = stem.toLowerCase(Locale.ROOT);
        while (true) {
            int n = counters.merge(key, 1, Integer::sum) - 1;
            String candidate = stem + n;
            String folded = candidate.toLowerCase(Locale.ROOT);
            if (!reserved.contains(folded) && taken.add(folded)) return candidate;
        }
    }

    static String safe(String s, int max) {
        if (s == null || s.isEmpty()) return "x";
        String cleaned = s.replaceAll("[^A-Za-z0-9_-]", "_");
        cleaned = cleaned.replaceAll("^[_-]+", "");
        if (cleaned.isEmpty()) cleaned = "x";
        return cleaned.length() > max ? cleaned.substring(0, max) : cleaned;
    }

    static String extension(String contentType, String kind) {
        if (contentType != null) {
            String ext = EXTENSIONS.get(contentType.toLowerCase(Locale.ROOT));
            if (ext != null) return ext;
        }
        return switch (kind) {
            case "image" -> "img";
            case "video" -> "video";
            case "audio" -> "audio";
            default -> "bin";
        };
    }

    /** The name without its extension, folded for comparison. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot < 0 ? fileName : fileName.substring(0, dot)).toLowerCase(Locale.ROOT);
    }
}
