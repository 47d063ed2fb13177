package dev.civkit.bench;

/** Where bench writes: under target/ unless asked, so a run never rewrites the tracked results by surprise. */
final class BenchFiles {
    private BenchFiles() {}

    /** The results table: the tracked bench/RESULTS.md with {@code --write-results}, else target/bench/RESULTS.md. */
    public static String results(boolean writeResults) {
        return writeResults ? "bench/RESULTS.md" : "target/bench/RESULTS.md";
    }
}
