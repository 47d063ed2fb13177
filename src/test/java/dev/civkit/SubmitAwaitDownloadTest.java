package dev.civkit;

import dev.civkit.session.WorkflowHandle;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.Workflow;
import dev.civkit.json.Json;
import dev.civkit.outputs.DownloadResult;
import dev.civkit.outputs.SavedFile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The quick start over real HTTP: submit, wait, save, show. */
class SubmitAwaitDownloadTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    @Test
    void quickStartImageIsSavedDecodableWithSidecar() throws Exception {
        WorkflowHandle h = fx.workflow()
                .imageGen(i -> i.engine("flux").prompt("A cat astronaut floating through neon space").size(1024, 1024))
                .submit();
        assertTrue(h.id().startsWith("wf_"), h.id());
        h.await();
        assertEquals("succeeded", h.status());

        DownloadResult r = h.download();
        assertTrue(r.complete(), r.missing().toString());
        assertEquals(1, r.saved().size());
        SavedFile f = r.saved().get(0);
        assertTrue(f.path().startsWith(fx.outputs.resolve(h.id())), f.path().toString());
        BufferedImage img = ImageIO.read(f.path().toFile());
        assertNotNull(img, "saved file decodes");
        assertEquals(1024, img.getWidth());
        assertEquals(1024, img.getHeight());
        assertEquals(Files.size(f.path()), f.bytes());

        JsonNode sidecar = Json.parse(Files.readAllBytes(fx.outputs.resolve(h.id()).resolve("workflow.json")));
        assertEquals("flux", sidecar.at("/request/steps/0/input/engine").asString());
        assertEquals(h.id(), sidecar.at("/workflow/id").asString());
        assertEquals(f.path().getFileName().toString(), sidecar.at("/files/0/file").asString());
        assertTrue(sidecar.at("/cost/total").asDouble() > 0);
        try (Stream<Path> files = Files.list(fx.outputs.resolve(h.id()))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no partial files left");
        }
    }

    @Test
    void aHandlesJsonIsTheWholeWorkflowForFortyStepsAndPrintsNothing() throws Exception {
        var w = fx.workflow().imageGen(i -> i.engine("flux").prompt("forty").size(64, 64));
        for (int i = 1; i < 40; i++) w.step("echo", java.util.Map.of("message", "echo " + i));
        String quoted = w.whatif().json();
        assertEquals(40, Json.parse(quoted).get("steps").size(), "a quote's json() is the whole plan");
        WorkflowHandle h = w.submit().await();
        int before = fx.console().length();
        String json = h.json();
        Path file = Files.writeString(fx.outputs.resolve("forty.json"), json);
        JsonNode back = Json.parse(Files.readString(file));
        assertEquals(40, back.get("steps").size());
        assertEquals(h.id(), back.get("id").asString());
        assertEquals(h.jsonNode(), back, "json() and jsonNode() are the same workflow");
        assertEquals(w.toJsonNode().get("steps").get(39).get("input"), h.request().get("steps").get(39).get("input"));
        assertEquals(before, fx.console().length(), "json(), jsonNode() and request() print nothing");
        h.printJson();
        assertEquals(back, Json.parse(fx.console().substring(before)), "printJson() prints all of it");
    }

    @Test
    void showPrintsPathSizeAndPixelsAndStatusLineReadsWell() {
        WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("two cats").size(512, 768).quantity(2)).submit();
        h.await().show();
        String console = fx.console();
        assertTrue(console.contains(h.id() + " succeeded | imageGen | "), console);
        assertTrue(console.contains("2 images"), console);
        assertTrue(console.contains("512x768"), console);
        assertEquals(2, h.files().size());
        String line = h.statusLine();
        assertFalse(line.contains("\n"), "one status line");
        assertTrue(h.toString().length() <= 80 && line.startsWith(h.toString()), "the value JShell shows of a var is its start: " + h);
        assertTrue(line.matches(".*wf_\\w+ succeeded \\| imageGen \\| [0-9.]+ Buzz \\| 2 images \\| .* s \\| saved in .*"), line);
    }

    @Test
    void secondDownloadReusesFilesAndDifferentSeedsDiffer() throws Exception {
        WorkflowHandle a = fx.workflow().imageGen(i -> i.engine("flux").prompt("lighthouse").size(256, 256).seed(1)).run();
        WorkflowHandle b = fx.workflow().imageGen(i -> i.engine("flux").prompt("lighthouse").size(256, 256).seed(2)).run();
        Path fa = a.download().saved().get(0).path();
        long before = fx.sandbox.requestCount();
        assertEquals(fa, a.download().saved().get(0).path());
        assertTrue(fx.sandbox.requestCount() - before <= 1, "a second download only refetches the workflow");
        Path fb = b.download().saved().get(0).path();
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(fa), Files.readAllBytes(fb)), "seeds change pixels");
    }

    @Test
    void generationSettingsShowInThePicture() throws Exception {
        java.util.function.DoubleFunction<byte[]> at = cfg -> {
            try {
                return Files.readAllBytes(fx.workflow().imageGen(i -> i.engine("sdcpp").ecosystem("sdxl").prompt("a kite").seed(3)
                        .cfgScale(cfg).size(128, 128)).run().files().get(0).path());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertFalse(java.util.Arrays.equals(at.apply(3), at.apply(12)), "another cfgScale, another picture");
        assertArrayEquals(at.apply(7), at.apply(7), "the same settings, the same picture");
    }

    @Test
    void theQuickStartLineCostsSubmitLongPollAndOneGetPerFile() {
        long before = fx.session.client().requestCount();
        WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("economy").size(64, 64).quantity(3)).submit();
        h.await().show();
        assertEquals(3, h.files().size());
        assertEquals(2 + 3, fx.session.client().requestCount() - before, "submit + long-poll + one GET per blob, no refresh in download()");
    }

    @Test
    void submitWithWaitAnswersTerminalInOneRequest() {
        long before = fx.sandbox.requestCount();
        WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("quick").size(64, 64)).submit(30);
        assertEquals("succeeded", h.status());
        assertEquals(1, fx.sandbox.requestCount() - before);
        assertSame(h, h.await(), "await on a finished workflow is free");
        assertEquals(1, fx.sandbox.requestCount() - before);
    }

    @Test
    void reattachById() {
        WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("again").size(64, 64)).submit();
        WorkflowHandle again = fx.session.attach(h.id());
        assertEquals(h.id(), again.id());
        assertNull(again.request(), "a reattached handle did not send the request");
        assertEquals("succeeded", again.await(Duration.ofSeconds(30)).status());
        Workflow w = again.workflow();
        assertEquals(List.of("imageGen"), w.steps().stream().map(s -> s.type()).toList());
    }

    @Test
    void cancelStopsARunningWorkflow() {
        try (SandboxFixture slow = SandboxFixture.start(
                SandboxFixture.fast().withRunTime(Duration.ofSeconds(30)), fx.outputs)) {
            WorkflowHandle h = slow.workflow().imageGen(i -> i.engine("flux").prompt("slow").size(64, 64)).submit();
            assertFalse(h.isDone());
            h.cancel();
            assertEquals("canceled", h.status());
            assertEquals("canceled", h.refresh().status());
        }
    }
}
