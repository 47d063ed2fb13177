package dev.civkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench's JShell sweep, small: the snippets compile and run in a real jshell against the standalone
 * sandbox, and the figures are the remote agent's (its heap is the -R-Xmx256m one, not jshell's own).
 */
class SweepInJShellIT {
    @TempDir
    Path tmp;

    @Test
    void theTypedSweepRunsInTheAgentAndReportsItsFigures() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path jar = project.resolve("target/civkit.jar");
        assertTrue(Files.isRegularFile(jar), "run 'mvn verify': this test needs " + jar);
        SweepInJShell.Outcome o = SweepInJShell.run(project, jar, 1, tmp);
        assertEquals(100, o.cells(), "10 prompts x 1 seed x 10 cfgScale");
        assertEquals(100, o.succeeded());
        assertEquals(10, o.pricingRequests(), "one whatif per cfgScale, the only priced field that varies");
        assertTrue(o.maxHeapMb() <= 256, "the figures come from the agent started with -R-Xmx256m: max " + o.maxHeapMb() + " MB");
        assertTrue(o.cpuMsPerCell() > 0 && o.peakHeapMb() > 0 && o.liveHeapMb() > 0, o.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("sweep-jshell/sweeps").toFile().listFiles()[0].toPath().resolve("manifest.json")),
                "the sweep wrote its manifest under the bench's outputs");
        assertEquals(4, SweepInJShell.results(o, 1).size());
    }

    @Test
    void withoutTheFiguresLineTheErrorCarriesWhatJShellSaid() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SweepInJShell.parse(
                "jshell> var r = plan.run();\n|  Exception java.lang.OutOfMemoryError: Java heap space\n", "", 100));
        assertTrue(e.getMessage().contains("OutOfMemoryError: Java heap space"), e.getMessage());
    }
}
