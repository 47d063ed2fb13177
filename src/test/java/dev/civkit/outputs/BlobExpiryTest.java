package dev.civkit.outputs;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ApiException;
import java.nio.file.Files;
import java.nio.file.Path;
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
