package dev.civkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where bench finds stock JJava, and how it reads a kernel's timed life. */
@Tag("unit")
class KernelTimingTest {
    @TempDir
    Path dir;

    @Test
    void theFlagNamesJJavasKernelspecFolderAndWinsOverTheEnvironment() throws Exception {
        Files.writeString(dir.resolve("kernel.json"), "{\"argv\": [\"java\", \"-jar\", \"{resource_dir}/jjava-launcher.jar\"]}");
        KernelTiming.JJava found = KernelTiming.findJJava(dir.toString(), Map.of(KernelTiming.JJAVA_ENV, "/nowhere"));
        assertEquals(dir.toAbsolutePath(), found.spec());
        assertEquals(dir.toAbsolutePath(), KernelTiming.findJJava(null, Map.of(KernelTiming.JJAVA_ENV, dir.toString())).spec());
    }

    @Test
    void aFolderWithoutKernelJsonIsReportedNotMeasured() {
        KernelTiming.JJava none = KernelTiming.findJJava(dir.toString(), Map.of());
        assertNull(none.spec());
        assertTrue(none.why().contains("no kernel.json in " + dir.toAbsolutePath()), none.why());
    }

    @Test
    void aLifeReadsAsPrintedByTheTimingScript() {
        KernelTiming.Life life = KernelTiming.Life.parse("{\"kernel\": \"civkit\", \"start\": 2412.5, \"interrupts\": [61.0, 48.5], \"restart\": 3100.0, \"shutdown\": 640.2}");
        assertEquals(2412.5, life.start());
        assertEquals(List.of(61.0, 48.5), life.interrupts());
        assertEquals(640.2, life.shutdown());
        assertTrue(Double.isNaN(KernelTiming.Life.parse("{\"start\": 1, \"shutdown\": 2}").restart()), "a start-only life has no restart");
    }

    @Test
    void aStuckInterruptLeavesNoRestartOrShutdownAndTheMediansSkipIt() {
        KernelTiming.Life stuck = KernelTiming.Life.parse("{\"start\": 3000, \"interrupts\": [], \"stuck\": true}");
        KernelTiming.Life fine = KernelTiming.Life.parse("{\"start\": 2000, \"interrupts\": [50], \"restart\": 4000, \"shutdown\": 600}");
        assertTrue(stuck.stuck() && Double.isNaN(stuck.restart()) && Double.isNaN(stuck.shutdown()));
        assertFalse(fine.stuck());
        assertEquals(600, KernelTiming.median(List.of(stuck, fine), KernelTiming.Life::shutdown));
        assertEquals(4000, KernelTiming.median(List.of(fine, stuck), KernelTiming.Life::restart));
        assertEquals(2000, KernelTiming.median(List.of(stuck, fine), KernelTiming.Life::start));
    }
}
