package dev.civkit.outputs;

import dev.civkit.client.Blob;

/**
 * One blob a step produced, with where it sits in the step's output (for example
 * {@code output.images[1]}), so nothing is lost whatever shape the step type uses.
 */
public record Output(String stepName, String stepType, String path, Blob blob) {
    /** image, video, audio… as the server says, else guessed from the path. */
    public String kind() {
        if (blob.type() != null) return blob.type();
        String p = path.toLowerCase(java.util.Locale.ROOT);
        if (p.contains("video")) return "video";
        if (p.contains("audio")) return "audio";
        return "image";
    }
}
