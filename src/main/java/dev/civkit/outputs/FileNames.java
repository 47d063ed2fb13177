package dev.civkit.outputs;

import java.util.Locale;
import java.util.Map;

/**
 * Output file names built only from safe characters: step names and blob ids come from the
 * server and must never steer a write outside the output folder.
 */
final class FileNames {
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("image/webp", "webp"),
            Map.entry("image/gif", "gif"), Map.entry("image/bmp", "bmp"), Map.entry("image/svg+xml", "svg"),
            Map.entry("video/mp4", "mp4"), Map.entry("video/webm", "webm"), Map.entry("video/quicktime", "mov"),
            Map.entry("audio/wav", "wav"), Map.entry("audio/x-wav", "wav"), Map.entry("audio/wave", "wav"),
            Map.entry("audio/mpeg", "mp3"), Map.entry("audio/ogg", "ogg"), Map.entry("audio/flac", "flac"),
            Map.entry("text/plain", "txt"), Map.entry("application/json", "json"), Map.entry("application/zip", "zip"));

    private FileNames() {}

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

    static String base(Output o, int n) {
        return "step-" + safe(o.stepName(), 40) + "-" + safe(o.kind(), 16) + "-" + n;
    }
}
