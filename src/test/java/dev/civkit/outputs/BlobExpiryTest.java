package dev.civkit.outputs;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ApiException;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.Clock;
import dev.civkit.client.Timestamps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed blob URLs expire; a download renews them through GetBlob instead of failing. */
class BlobExpiryTest {
    @TempDir
    Path outputs;

    @Test
    void expiredUrlIsRefreshedThroughGetBlob() throws Exception {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("expiring").size(320, 200)).run();
            String staleUrl = h.outputs().get(0).blob().url();
            fx.sandbox.expireBlobUrlsNow();

            Path probe = Files.createTempFile(outputs, "probe", ".bin");
            ApiException e = assertThrows(ApiException.class, () -> fx.session.client().downloadTo(staleUrl, probe));
            assertEquals(403, e.status(), "the stale URL is refused");

            // The downloader must cope even when handed the stale view of the workflow.
            DownloadResult r = new Downloader(fx.session.client()).download(h.workflow(), null, outputs.resolve("stale"));
            assertTrue(r.complete(), r.missing().toString());
            var img = ImageIO.read(r.saved().get(0).path().toFile());
            assertEquals(320, img.getWidth());
            assertEquals(200, img.getHeight());
        }
    }

    /**
     * Whether a signed URL is still good is read on the client's clock: moved past the expiry the
     * workflow states, the downloader asks GetBlob for a fresh URL instead of trying the old one.
     */
    @Test
    void aUrlPastItsExpiryOnTheClientsClockIsRenewedBeforeItIsTried() throws Exception {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("dated").size(64, 64)).run();
            Instant expires = Timestamps.parse(h.outputs().get(0).blob().urlExpiresAt());
            assertNotNull(expires, "the sandbox dates its signed URLs");
            DatedClock clock = new DatedClock(expires.minus(Duration.ofMinutes(1)));
            try (CivitaiClient c = new CivitaiClient(ClientConfig.of(fx.sandbox.baseUrl(), null), clock)) {
                long before = fx.sandbox.requestCount();
                DownloadResult early = new Downloader(c).download(h.workflow(), null, outputs.resolve("early"));
                assertTrue(early.complete(), early.missing().toString());
                assertEquals(1, fx.sandbox.requestCount() - before, "a URL a minute from expiry is fetched as it is");

                clock.date = expires.plusSeconds(1);
                before = fx.sandbox.requestCount();
                DownloadResult late = new Downloader(c).download(h.workflow(), null, outputs.resolve("late"));
                assertTrue(late.complete(), late.missing().toString());
                assertEquals(2, fx.sandbox.requestCount() - before, "past its expiry: GetBlob's redirect, then the fresh URL");
            }
        }
    }

    /** Real monotonic time; the date is whatever the test sets. */
    private static final class DatedClock implements Clock {
        volatile Instant date;

        DatedClock(Instant date) {
            this.date = date;
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return date;
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
            Clock.SYSTEM.sleep(d);
        }
    }

    @Test
    void freshBlobUrlFollowsTheRedirect() {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("redirect").size(64, 64)).run();
            String blobId = h.outputs().get(0).blob().id();
            String url = fx.session.client().freshBlobUrl(blobId);
            assertTrue(url.startsWith(fx.sandbox.baseUrl() + "/v2/consumer/blobs/content/"), url);
        }
    }
}
