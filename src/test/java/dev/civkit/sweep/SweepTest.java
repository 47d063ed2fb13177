package dev.civkit.sweep;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.json.Json;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Sweeps over real HTTP: plan and price, run, table, exports, contact sheet, manifest replay. */
class SweepTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    Sweep grid() {
        return new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").size(128, 128)))
                .prompts("a red fox", "a blue whale").seeds(1, 2).vary("cfgScale", 3, 7);
    }

    @Test
    void planPricesEveryCellBeforeAnythingRuns() {
        int created = fx.sandbox.workflowsCreated();
        SweepPlan plan = grid().plan();
        assertEquals(8, plan.size());
        assertEquals(created, fx.sandbox.workflowsCreated(), "planning runs nothing");
        assertTrue(plan.total() > 0);
        assertEquals(plan.total(), plan.cells().stream().mapToDouble(c -> plan.price(c.index())).sum(), 1e-9);
        JsonNode first = plan.requests().get(0);
        assertEquals("a red fox", first.at("/steps/0/input/prompt").asString());
        assertEquals(1, first.at("/steps/0/input/seed").asInt());
        assertEquals(3, first.at("/steps/0/input/cfgScale").asInt());
        assertTrue(first.get("externalId").asString().startsWith("sweep-"));
        assertTrue(plan.toString().contains("8 workflows (2 prompt x 2 seed x 2 cfgScale)"), plan.toString());
    }

    @Test
    void planningAsksOncePerPricedShape() {
        // A size no other test here uses: the session remembers the shapes it priced.
        Sweep sweep = new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").size(136, 136)))
                .prompts("a red fox", "a blue whale", "a green frog").seeds(1, 2, 3, 4).vary("cfgScale", 3, 7);
        long before = fx.sandbox.requestCount();
        SweepPlan plan = sweep.plan();
        assertEquals(24, plan.size());
        assertEquals(2, plan.pricingRequests(), "prompt and seed never change the price; cfgScale might");
        assertEquals(before + 2, fx.sandbox.requestCount(), "two whatif requests went out, not 24");
        assertTrue(plan.toString().contains("2 whatifs"), plan.toString());
        for (int cell : new int[] {0, 13, 23})
            assertEquals(fx.session.whatif(plan.requests().get(cell)).total(), plan.price(cell), 1e-9, "cell " + cell + " priced as itself");
        assertEquals(0, sweep.plan().pricingRequests(), "planned again, every shape is known");

        // A text step may be priced by its text: each prompt is its own shape.
        SweepPlan text = new Sweep(fx.session, fx.workflow().step("promptEnhancement", java.util.Map.of("prompt", "x", "ecosystem", "flux1")))
                .prompts("one", "two", "three").plan();
        assertEquals(3, text.pricingRequests(), text.toString());
    }

    @Test
    void aTypedVariantStepCanBeSweptOverItsStrength() {
        SweepPlan plan = new Sweep(fx.session, fx.workflow().imageGen().sdcpp().sdxl().createVariant()
                .model("urn:air:sdxl:checkpoint:civitai:101055@128078").prompt("p").image("https://example.test/a.png").then())
                .vary("strength", 0.3, 0.7).plan();
        assertEquals(0.7, plan.requests().get(1).at("/steps/0/input/strength").asDouble(), 1e-9);
        assertThrows(InvalidRequestException.class, () -> new Sweep(fx.session, fx.workflow().imageGen().sdcpp().sdxl().createVariant()
                .model("urn:air:sdxl:checkpoint:civitai:101055@128078").prompt("p").image("https://example.test/a.png").then())
                .vary("strenght", 0.3).plan());
    }

    @Test
    void badCellValuesFailBeforeSending() {
        long before = fx.sandbox.requestCount();
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").prompt("p"))).vary("width", 512, -1).plan());
        assertEquals("steps[0].input.width", e.field());
        assertEquals(before, fx.sandbox.requestCount());
        InvalidRequestException typo = assertThrows(InvalidRequestException.class,
                () -> new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").prompt("p"))).vary("cfgSclae", 3, 5).plan());
        assertEquals("steps[0].input.cfgSclae", typo.field());
        assertTrue(typo.getMessage().contains("a typo?") && typo.getMessage().contains("cfgScale"), typo.getMessage());
        InvalidRequestException word = assertThrows(InvalidRequestException.class,
                () -> new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").prompt("p"))).vary("cfgScale", "high").plan());
        assertEquals("steps[0].input.cfgScale", word.field());
        InvalidRequestException enumValue = assertThrows(InvalidRequestException.class,
                () -> new Sweep(fx.session, fx.workflow().imageGen().grok().createImage().prompt("p").then()).vary("aspectRatio", "1:1", "7:3").plan());
        assertTrue(enumValue.getMessage().contains("must be one of"), enumValue.getMessage());
        assertEquals(before, fx.sandbox.requestCount(), "nothing was priced or sent");
        assertThrows(InvalidRequestException.class, () -> new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux"))).plan());
    }

    @Test
    void runGivesATableExportsAContactSheetAndAReplayableManifest() throws Exception {
        SweepResult r = grid().concurrency(4).run();
        assertEquals(8, r.succeeded().size(), r.toString());
        assertTrue(r.rows().stream().allMatch(row -> row.files().size() == 1 && Files.isRegularFile(row.files().get(0))));
        String table = r.text();
        assertEquals(9, table.lines().filter(l -> !l.isBlank()).count() - 1, table);
        assertTrue(table.contains("prompt") && table.contains("cfgScale") && table.contains("succeeded"), table);

        List<String> csv = Files.readAllLines(r.writeCsv());
        assertEquals(9, csv.size());
        assertEquals("cell,prompt,seed,cfgScale,workflowId,status,buzz,seconds,files,reason", csv.get(0));
        assertEquals(String.join("\n", csv) + "\n", r.toCsv(), "toCsv() is the text writeCsv() writes");
        JsonNode json = Json.parse(Files.readAllBytes(r.writeJson()));
        assertEquals(8, json.size());
        assertEquals("a blue whale", json.get(7).at("/values/prompt").asString());

        ContactSheet sheet = r.contactSheet();
        BufferedImage png = ImageIO.read(sheet.file().toFile());
        assertNotNull(png);
        assertTrue(png.getWidth() > 4 * ContactSheet.TILE && png.getHeight() > 2 * ContactSheet.TILE,
                png.getWidth() + "x" + png.getHeight());
        byte[] inline = java.util.Base64.getDecoder().decode((String) sheet.toMimeBundle().get("image/jpeg"));
        assertEquals(png.getWidth(), ImageIO.read(new java.io.ByteArrayInputStream(inline)).getWidth(), "the inline view is the same sheet");

        JsonNode manifest = Json.parse(Files.readAllBytes(r.manifest()));
        assertEquals(8, manifest.get("cells").size());
        assertTrue(manifest.at("/cells/0/workflowId").asString().startsWith("wf_"));

        // Replaying pays for nothing new: the idempotency keys answer the same workflows.
        int created = fx.sandbox.workflowsCreated();
        SweepResult again = SweepResult.replay(fx.session, r.manifest());
        assertEquals(created, fx.sandbox.workflowsCreated(), "replay created no workflows");
        assertEquals(r.rows().stream().map(Row::workflowId).toList(), again.rows().stream().map(Row::workflowId).toList());
    }

    @Test
    void failedCellsAreReportedWithReasonAndCanBeRetriedAlone() {
        // The sandbox fails a step whose prompt contains "sandbox:fail" (job reason: blocked).
        SweepResult r = new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").size(64, 64)))
                .prompts("fine", "sandbox:fail please").run();
        assertEquals(1, r.failed().size());
        Row bad = r.failed().get(0);
        assertEquals("failed", bad.status());
        assertTrue(bad.reason().contains("blocked"), bad.reason());
        int created = fx.sandbox.workflowsCreated();
        SweepResult retried = r.retryFailed();
        assertEquals(created + 1, fx.sandbox.workflowsCreated(), "only the failed cell ran again");
        assertEquals(r.rows().get(0).workflowId(), retried.rows().get(0).workflowId());
        assertNotEquals(bad.workflowId(), retried.rows().get(1).workflowId(), "a new workflow, not the failure answered back");

        // Replaying after the retry picks up the retried workflow, and sends nothing at all.
        long requestsBefore = fx.sandbox.requestCount();
        int createdBefore = fx.sandbox.workflowsCreated();
        SweepResult replayed = SweepResult.replay(fx.session, retried.manifest());
        assertEquals(createdBefore, fx.sandbox.workflowsCreated());
        assertEquals(retried.rows().get(1).workflowId(), replayed.rows().get(1).workflowId());
        assertTrue(fx.sandbox.requestCount() - requestsBefore <= 2 * 2 + 2, "reads only: " + (fx.sandbox.requestCount() - requestsBefore));
    }

    @Test
    void aHalfFinishedSweepIsFinishedByReplayWithoutPayingTwice() throws Exception {
        SweepResult full = new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").size(64, 64)))
                .prompts("one", "two", "three").run();
        // Pretend the run died after the first cell: its manifest knows one workflow id only.
        JsonNode m = Json.parse(Files.readAllBytes(full.manifest()));
        for (int i = 1; i < 3; i++) {
            var cell = (tools.jackson.databind.node.ObjectNode) m.get("cells").get(i);
            cell.remove("workflowId");
            cell.remove("status");
        }
        Files.writeString(full.manifest(), Json.pretty(m));
        assertTrue(m.has("template") && !m.at("/template/steps/0/input").has("prompt"), "the template is written, without the varied field");
        fx.session.budget().limit(fx.session.budget().spent() + 2 * full.rows().get(0).cost());
        int created = fx.sandbox.workflowsCreated();
        SweepResult done = SweepResult.replay(fx.session, full.manifest());
        assertEquals(3, done.succeeded().size());
        assertEquals(created, fx.sandbox.workflowsCreated(), "cells two and three were answered by their keys");
        assertEquals(full.rows().stream().map(Row::workflowId).toList(), done.rows().stream().map(Row::workflowId).toList());
        fx.session.budget().clear();
    }

    @Test
    void compareDrawsResultsSideBySide() throws Exception {
        WorkflowHandle a = fx.workflow().imageGen(i -> i.engine("flux").prompt("left").size(96, 96).seed(1)).run();
        WorkflowHandle b = fx.workflow().imageGen(i -> i.engine("flux").prompt("right").size(96, 96).seed(2)).run();
        ContactSheet sheet = ContactSheet.compare(fx.session, a, b);
        BufferedImage png = ImageIO.read(sheet.file().toFile());
        assertTrue(png.getWidth() >= 2 * ContactSheet.TILE);
        assertEquals("flux | seed 1 | left", ContactSheet.caption(a));
    }
}
