package dev.civkit.outputs;

import dev.civkit.client.Blob;
import dev.civkit.client.Workflow;
import java.util.List;
import java.util.Locale;

/**
 * One blob a step produced, with where it sits in the step's output (for example
 * {@code output.images[1]}), so nothing is lost whatever shape the step type uses.
 */
public record Output(String stepName, String stepType, String path, Blob blob) {
    /** Every blob the workflow's steps produced, in step order, each once, whatever the step type's output shape. */
    public static List<Output> allIn(Workflow workflow) {
        return Outputs.find(workflow);
    }

    /**
     * image, video, audio… as the server says; else guessed from where it sits and from its id's
     * extension (live image ids end in {@code .jpg}); else "file".
     */
    public String kind() {
        if (blob.type() != null && !blob.type().isBlank()) return blob.type();
        String p = path.toLowerCase(Locale.ROOT);
        if (p.contains("video")) return "video";
        if (p.contains("audio")) return "audio";
        if (p.contains("image")) return "image";
        String byId = byExtension(blob.id());
        if (byId != null) return byId;
        String t = stepType == null ? "" : stepType.toLowerCase(Locale.ROOT);
        if (t.contains("video")) return "video";
        if (t.contains("speech") || t.contains("audio")) return "audio";
        if (t.contains("image")) return "image";
        return blob.width() != null ? "image" : "file";
    }

    private static String byExtension(String id) {
        String s = id == null ? "" : id.toLowerCase(Locale.ROOT);
        if (s.matches(".*\\.(jpe?g|png|webp|gif|bmp)$")) return "image";
        if (s.matches(".*\\.(mp4|webm|mov|mkv)$")) return "video";
        if (s.matches(".*\\.(wav|mp3|ogg|flac|m4a)$")) return "audio";
        return null;
    }

    @Override
    public String toString() {
        return stepName + " " + path + ": " + blob;
    }
}
