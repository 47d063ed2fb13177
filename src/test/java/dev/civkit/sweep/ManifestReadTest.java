package dev.civkit.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.civkit.SandboxFixture;
import dev.civkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * replay reads a ten-thousand-cell manifest a cell at a time: what it keeps is each cell's row
 * (values, price, workflow id, request as text), never the whole file as one tree.
 */
class ManifestReadTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    @TempDir
    Path tmp;

    /** Heap for the probe JVM: the rows of 10,000 cells fit in it, the manifest's tree (tens of MB) does not. */
    static final String HEAP = "-Xmx24m";

    @Test
    void aTenThousandCellManifestIsReadBackCellByCellInASmallHeap() throws Exception {
        SweepPlan plan = new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").size(64, 64)), "sweep-readback")
                .prompts(IntStream.rangeClosed(1, 10).mapToObj(i -> "a subject numbered " + i).toArray(String[]::new))
                .seeds(IntStream.rangeClosed(1, 100).asLongStream().toArray())
                .vary("cfgScale", IntStream.rangeClosed(1, 10).boxed().toArray()).plan();
        Path dir = tmp.resolve("sweep-readback");
        Manifest.write(dir, plan, List.of());
        // A run killed after sending a hundred cells: their ids are in the log, one under a retry's key.
        for (int i = 0; i < 100; i++) Manifest.sent(dir, i, plan.key(i), "wf_" + i);
        Manifest.sent(dir, 7, plan.key(7) + "-r1", "wf_7b");
        Path file = dir.resolve(Manifest.FILE);

        Manifest.Restored back = Manifest.read(fx.session, file);
        assertEquals(10_000, back.plan().size());
        assertEquals(100, back.existing().size());
        assertEquals("wf_7b", back.existing().get(7));
        assertEquals(plan.key(7) + "-r1", back.plan().key(7), "the key the log last sent it under");
        for (int i : new int[] {0, 4321, 9999}) {
            assertEquals(plan.cells().get(i).toString(), back.plan().cells().get(i).toString(), "its values (as JSON gives them back)");
            assertEquals(plan.price(i), back.plan().price(i), 1e-9);
            assertEquals(Json.write(plan.request(i)), Json.write(back.plan().request(i)), "its request, as sent");
        }
        assertEquals(List.of("prompt", "seed", "cfgScale"), back.plan().dimensions());

        // The same read in a JVM whose heap holds the rows but not the tree of a 10,000-cell manifest.
        assertTrue(Files.size(file) > 4_000_000, "a manifest of realistic size: " + Files.size(file));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), ManifestReadProbe.class.getName(), file.toString()).redirectErrorStream(true);
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String said = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), said);
        assertTrue(said.contains("read 10000 cells, 100 with a workflow, request 9999 " + plan.key(9999)), said);
    }
}
