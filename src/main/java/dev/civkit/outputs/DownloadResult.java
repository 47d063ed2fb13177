package dev.civkit.outputs;

import dev.civkit.client.Workflow;
import java.util.List;

/**
 * What a download saved and what it could not, with the reason: an output is never dropped
 * silently. {@code workflow} is the view the files came from (it may be fresher than the one
 * passed in, when outputs had to be waited for).
 */
public record DownloadResult(List<SavedFile> saved, List<Missing> missing, Workflow workflow) {
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

    public DownloadResult(List<SavedFile> saved, List<Missing> missing) {
        this(saved, missing, null);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
