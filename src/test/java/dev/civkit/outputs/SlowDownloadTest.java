package dev.civkit.outputs;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.client.TransferLimits;
import dev.civkit.sandbox.FaultPlan;
import dev.civkit.session.WorkflowHandle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl is abandoned by the rate over the last window, whatever length the server declares, and a
 * slow link that keeps moving finishes; both against the sandbox's trickle fault over HTTP.
 */
class SlowDownloadTest {
    @TempDir
    Path outputs;

    /** The case: a server declaring 2 GB and sending a byte a second ran for hours under the old allowance. */
    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aServerClaimingTwoGigabytesAtAByteASecondIsDroppedAfterOneWindow() {
        FaultPlan crawl = FaultPlan.parse("trickle=1", 1).withTrickle(1, 2L << 30);
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withFaults(crawl), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("a crawl").size(64, 64)).run();
            DownloadResult r = h.download();
            assertTrue(r.saved().isEmpty(), r.toString());
            String why = r.missing().get(0).reason();
            assertTrue(why.contains("too slow") && why.contains("below the minimum of 4 KiB/s") && why.contains("of 2147483648 bytes"), why);
            assertTrue(fx.sandbox.faultCounts().getOrDefault("trickle", 0L) >= 1, fx.sandbox.faultCounts().toString());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSlowLinkThatKeepsMovingFinishesOverManyWindows() throws Exception {
        FaultPlan slowLink = FaultPlan.parse("trickle=1", 1).withTrickle(2 * 1024, 0);
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withFaults(slowLink), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("a slow link").size(384, 384)).run();
            // Twice the floor, judged every second: the transfer is checked many times and passes each.
            TransferLimits tight = new TransferLimits(Duration.ofSeconds(5), 1024, Duration.ofSeconds(1));
            DownloadResult r = new Downloader(fx.session.client(), tight).download(h.workflow(), null, outputs.resolve("slow"));
            assertTrue(r.complete(), r.missing().toString());
            SavedFile f = r.saved().get(0);
            assertTrue(f.bytes() > 3 * 2 * 1024, "the file takes several windows at 2 KiB/s: " + f.bytes() + " bytes");
            var img = ImageIO.read(f.path().toFile());
            assertEquals(384, img.getWidth());
            assertEquals(384, img.getHeight());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLinkUnderTheFloorIsDroppedEvenWhenItDeclaresTheTruth() {
        FaultPlan under = FaultPlan.parse("trickle=1", 1).withTrickle(1024, 0);
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withFaults(under), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("under the floor").size(384, 384)).run();
            TransferLimits tight = new TransferLimits(Duration.ofSeconds(5), 4 * 1024, Duration.ofSeconds(2));
            DownloadResult r = new Downloader(fx.session.client(), tight).download(h.workflow(), null, outputs.resolve("under"));
            assertTrue(r.saved().isEmpty(), r.toString());
            String why = r.missing().get(0).reason();
            assertTrue(why.contains("too slow") && why.contains("in the last 2 s"), why);
        }
    }
}
