package dev.civkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BenchFilesTest {
    /** A run writes under target/; only --write-results touches the tracked table. */
    @Test
    void benchWritesTheTrackedResultsOnlyWhenAsked() {
        assertEquals("target/bench/RESULTS.md", BenchFiles.results(false));
        assertEquals("bench/RESULTS.md", BenchFiles.results(true));
    }
}
