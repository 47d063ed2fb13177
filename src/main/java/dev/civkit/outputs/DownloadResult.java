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

    /**
     * One line within JShell's 80 characters for a var, as the other verbs' values read: whose files, how many,
     * how big, what is missing; the paths are in {@link #saved()}.
     */
    @Override
    public String toString() {
        long bytes = saved.stream().mapToLong(SavedFile::bytes).sum();
        String files = saved.size() + (saved.size() == 1 ? " file" : " files") + " saved, " + SavedFile.humanBytes(bytes)
                + (missing.isEmpty() ? "" : ", " + missing.size() + " missing");
        String hint = missing.isEmpty() ? " | saved() lists them" : " | missing() says why";
        String id = workflow == null || workflow.id() == null ? "" : workflow.id() + ": ";
        String line = id + files + hint;
        return line.length() <= 80 ? line : (id + files).length() <= 80 ? id + files : files + hint;
    }
}
