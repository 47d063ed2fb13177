package dev.civkit.sweep;

import dev.civkit.display.StatusLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One cell's outcome: its values, the idempotency key it was sent under, the workflow that ran it,
 * and what came of it.
 */
public record Row(Cell cell, String key, String workflowId, String status, Double cost, Double seconds, List<Path> files,
                  String reason) {
    public Row {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public boolean succeeded() {
        return "succeeded".equals(status);
    }

    /** The server ran it and it ended badly: a retry needs a new key, or the same failure is answered back. */
    boolean ranAndFailed() {
        return workflowId != null && !succeeded() && !"error".equals(status);
    }

    /** The first image file, for contact sheets; null when there is none. */
    public Path firstImage() {
        for (Path p : files) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg")) return p;
        }
        return null;
    }

    /** "#17 prompt=a fox, seed=5 | succeeded | 1 Buzz | wf_…": a list of picks reads as one line each. */
    @Override
    public String toString() {
        return cell + " | " + status + (cost == null ? "" : " | " + StatusLine.buzz(cost) + " Buzz")
                + (workflowId == null ? "" : " | " + workflowId) + (reason == null || succeeded() ? "" : " | " + reason);
    }
}
