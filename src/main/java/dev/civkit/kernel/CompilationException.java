package dev.civkit.kernel;

import java.util.List;

/**
 * A cell that did not compile. Its message names the first problem with its line and column in
 * the cell; {@link #report()} is what the notebook shows: each problem with the offending source
 * line and a caret under the position.
 */
final class CompilationException extends RuntimeException {

    private final List<String> report;

    CompilationException(String message, List<String> report) {
        super(message, null, false, false);
        this.report = List.copyOf(report);
    }

    public List<String> report() {
        return report;
    }
}
