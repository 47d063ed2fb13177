package dev.civkit.outputs;

import java.util.List;

/**
 * What a download saved and what it could not, with the reason: an output is never dropped
 * silently.
 */
public record DownloadResult(List<SavedFile> saved, List<Missing> missing) {
    public record Missing(Output output, String reason) {
        @Override
        public String toString() {
            return output.stepName() + " " + output.path() + " (" + output.blob().id() + "): " + reason;
        }
    }

    public DownloadResult {
        saved = List.copyOf(saved);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
