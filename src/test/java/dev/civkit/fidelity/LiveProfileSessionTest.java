package dev.civkit.fidelity;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ClientConfig;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.journal.Journal;
import dev.civkit.outputs.SavedFile;
import dev.civkit.sandbox.Profile;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit against the sandbox's live profile, end to end over HTTP: the same code that meets the
 * live service meets ids without prefixes, image blobs without type on another host, blobs not yet
 * available, redirects, a gateway that cuts the long-poll, and refunded failures.
 */
class LiveProfileSessionTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private Session session(Sandbox sb) {
        return Session.builder().config(ClientConfig.of(sb.baseUrl(), null)).outputs(dir.resolve("outputs"))
                .out(new PrintStream(console, true, StandardCharsets.UTF_8)).journal(Journal.at(dir.resolve("journal.jsonl"))).build();
    }

    private static SandboxConfig live(Duration runTime, Duration gatewayHold) {
        return SandboxConfig.defaults().withQueueTime(Duration.ofMillis(50)).withRunTime(runTime)
                .withProfile(Profile.live().withGatewayHold(gatewayHold).withBlobsAvailableAfter(Duration.ofSeconds(3)));
    }

    @Test
    void theQuickStartLineSavesEveryImageThroughGatewayCutsAndUnavailableBlobs() throws Exception {
        try (Sandbox sb = Sandbox.start(live(Duration.ofMillis(2500), Duration.ofMillis(400))); Session s = session(sb)) {
            WorkflowHandle h = new WorkflowBuilder(s).imageGen(i -> i.engine("flux").prompt("A cat astronaut").size(256, 256).quantity(2))
                    .submit().await(Duration.ofSeconds(60));
            assertEquals("succeeded", h.status(), h.toString());
            assertTrue(h.id().matches("\\d{7}-\\d{17}"), h.id());
            assertTrue(sb.gatewayCuts() >= 1, "the long-poll was cut at least once: " + sb.gatewayCuts());
            var result = h.download();
            List<SavedFile> files = h.files();
            assertEquals(2, files.size(), h.toString());
            try (var listing = Files.list(h.folder())) {
                assertEquals(2, listing.filter(p -> p.toString().endsWith(".jpg")).count(), "what download() reports is what is on disk");
            }
            for (SavedFile f : files) {
                var img = ImageIO.read(f.path().toFile());
                assertNotNull(img, f.path().toString());
                assertEquals(256, img.getWidth());
            }
            assertTrue(sb.blobHostRequests() >= 2, "images come from the blob host");
            assertEquals(0, sb.blobHostRequestsWithAuthorization(), "the API token is never sent to the blob host");
            assertNotNull(result);
        }
    }

    @Test
    void aFailedWorkflowSaysWhyOrThatNoReasonWasGivenAndThatItWasRefunded() {
        try (Sandbox sb = Sandbox.start(live(Duration.ofMillis(100), Duration.ofSeconds(60))); Session s = session(sb)) {
            for (int i = 0; i < 3; i++) {
                int n = i;
                WorkflowHandle h = new WorkflowBuilder(s).imageGen(x -> x.engine("flux").prompt("sandbox:fail " + n).size(64, 64))
                        .submit().await(Duration.ofSeconds(30));
                assertEquals("failed", h.status());
                String line = h.statusLine();
                assertTrue(line.contains("sandbox failure marker") || line.contains("no reason given by the service"), line);
                assertTrue(line.toLowerCase().contains("refunded"), line);
            }
        }
    }
}
