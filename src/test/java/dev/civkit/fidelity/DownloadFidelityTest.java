package dev.civkit.fidelity;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ApiToken;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.RetryPolicy;
import dev.civkit.client.TransferLimits;
import dev.civkit.client.Workflow;
import dev.civkit.display.StatusLine;
import dev.civkit.json.Json;
import dev.civkit.outputs.DownloadResult;
import dev.civkit.outputs.Downloader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Downloads against a server that answers the way the live service does (no blob types, ids of
 * any form, blob URLs on another origin that redirect relatively, available:false) and against one
 * that corrupts, loops, stalls and trickles. Every file saved is whole, or the reason is given.
 */
class DownloadFidelityTest {
    static final String TOKEN = "secret-token-123456";
    @TempDir
    Path dir;
    Scripted server;
    final FastClock clock = new FastClock();

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
    }

    static byte[] jpeg(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, (x * 31 + y * 17) & 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    CivitaiClient client(RetryPolicy retry) {
        return new CivitaiClient(ClientConfig.of(server.base(), ApiToken.of(TOKEN)).withRetry(retry), clock);
    }

    static RetryPolicy fast(int tries) {
        return new RetryPolicy(tries, Duration.ofMillis(5), Duration.ofSeconds(1));
    }

    /** A live-shaped image entry: no type, a non-prefixed id, a signed URL on the other origin. */
    String image(String id, String urlPath, boolean available) {
        return "{\"id\":\"" + id + "\",\"url\":\"" + server.otherOrigin() + urlPath + "\",\"urlExpiresAt\":\"2099-01-01T00:00:00.1234567+00:00\","
                + "\"previewUrl\":\"" + server.otherOrigin() + "/preview/" + id + "\",\"width\":64,\"height\":48,\"available\":" + available + "}";
    }

    static Workflow workflow(String status, String... steps) {
        return Workflow.fromJson("{\"id\":\"9005769-20260526010006655\",\"status\":\"" + status + "\",\"createdAt\":\"2026-05-26T01:00:06.6551234Z\","
                + "\"steps\":[" + String.join(",", steps) + "]}");
    }

    static String step(String name, String... images) {
        return "{\"$type\":\"imageGen\",\"name\":\"" + name + "\",\"status\":\"succeeded\",\"output\":{\"images\":[" + String.join(",", images) + "]}}";
    }

    static List<Path> outputsOnDisk(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> !p.getFileName().toString().equals(Downloader.SIDECAR)).toList();
        }
    }

    @Test
    void liveShapedOutputsAreAllSavedUnderUniqueNamesWithTheirBlobFields() throws Exception {
        byte[] a = jpeg(64, 48);
        byte[] b = jpeg(64, 48);
        server = new Scripted(req -> {
            String p = req.path();
            if (p.startsWith("/v2/consumer/blobs/")) return Scripted.redirect(307, "../../content/" + p.substring(p.lastIndexOf('/') + 1));
            if (p.startsWith("/v2/content/")) return Scripted.status(200, "image/jpeg", p.endsWith("-0.jpg") ? a : b);
            return Scripted.json(404, "{}");
        });
        Workflow w = workflow("succeeded",
                step("$0", image("11c39c0a-b3b1-43d9-b758-e9188b2e3108-0.jpg", "/v2/consumer/blobs/11c39c0a-b3b1-43d9-b758-e9188b2e3108-0.jpg?sig=s&exp=1", false)),
                step("0", image("22c39c0a-b3b1-43d9-b758-e9188b2e3108-1.jpg", "/v2/consumer/blobs/22c39c0a-b3b1-43d9-b758-e9188b2e3108-1.jpg?sig=s&exp=1", true)));
        try (CivitaiClient c = client(fast(3))) {
            DownloadResult r = new Downloader(c).download(w, null, dir);
            assertTrue(r.complete(), r.missing().toString());
            assertEquals(2, r.saved().size());
            assertEquals(r.saved().size(), outputsOnDisk(dir).size(), "the count reported is the files on disk");
            assertNotEquals(r.saved().get(0).path(), r.saved().get(1).path());
            assertEquals(64, r.saved().get(0).width());
            JsonNode files = Json.parse(Files.readAllBytes(dir.resolve(Downloader.SIDECAR))).path("files");
            assertEquals(2, files.size());
            assertEquals("11c39c0a-b3b1-43d9-b758-e9188b2e3108-0.jpg", files.get(0).path("blobId").asString());
            assertEquals(48, files.get(0).path("blob").path("height").asInt());
            assertTrue(files.get(0).path("blob").path("previewUrl").asString().contains("/preview/"));
        }
        for (var req : server.seen) assertNull(req.headers().get("authorization"), "the token never goes to the blob host: " + req.target());
    }

    @Test
    void aDamagedEarlierCopyIsReplacedNotKeptBesideTheNewOne() throws Exception {
        byte[] a = jpeg(64, 48);
        server = new Scripted(req -> Scripted.status(200, "image/jpeg", a));
        Workflow w = workflow("succeeded", step("0", image("d-0.jpg", "/d", true)));
        try (CivitaiClient c = client(fast(3))) {
            Path first = new Downloader(c).download(w, null, dir).saved().get(0).path();
            Files.write(first, Arrays.copyOf(a, a.length / 3)); // damaged on disk since
            DownloadResult again = new Downloader(c).download(w, null, dir);
            assertEquals(1, again.saved().size());
            assertEquals(first, again.saved().get(0).path());
            assertArrayEquals(a, Files.readAllBytes(first));
            assertEquals(1, outputsOnDisk(dir).size(), "the count reported is the files on disk");
            assertEquals(2, server.count("/d"));
        }
    }

    @Test
    void truncatedOrSubstitutedBodiesAreNeverSavedAndTheStatusLineSaysSo() throws Exception {
        byte[] whole = jpeg(64, 48);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        server = new Scripted(req -> req.path().contains("half")
                ? Scripted.status(200, "image/jpeg", half)
                : Scripted.status(200, "image/jpeg", "<!DOCTYPE html><html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8)));
        Workflow w = workflow("succeeded", step("0", image("h-0.jpg", "/half", true), image("p-1.jpg", "/page", true)));
        try (CivitaiClient c = client(fast(3))) {
            DownloadResult r = new Downloader(c).download(w, null, dir);
            assertEquals(0, r.saved().size());
            assertEquals(List.of(), outputsOnDisk(dir), "nothing corrupt lands in the folder");
            assertTrue(r.missing().get(0).reason().contains("cut off") || r.missing().get(0).reason().contains("damaged"), r.missing().toString());
            assertTrue(r.missing().get(1).reason().contains("HTML page"), r.missing().toString());
            String line = StatusLine.of(w, r, dir);
            assertTrue(line.contains("nothing saved"), line);
            assertTrue(line.contains("2 not saved"), line);
        }
    }

    @Test
    void redirectsAreFollowedOnlyAFewHopsOnlyToHttpAndAreNeverContent() throws Exception {
        server = new Scripted(req -> switch (req.path()) {
            case "/loop" -> Scripted.redirect(302, "/loop");
            case "/ftp" -> Scripted.redirect(301, "ftp://127.0.0.1/x.jpg");
            case "/bare" -> Scripted.status(302, "text/html", "<html>moved</html>".getBytes(StandardCharsets.UTF_8));
            default -> Scripted.json(404, "{}");
        });
        Workflow w = workflow("succeeded", step("0", image("l-0.jpg", "/loop", true), image("f-1.jpg", "/ftp", true), image("b-2.jpg", "/bare", true)));
        try (CivitaiClient c = client(fast(5))) {
            DownloadResult r = new Downloader(c).download(w, null, dir);
            assertEquals(0, r.saved().size());
            assertTrue(r.missing().get(0).reason().contains("redirects"), r.missing().get(0).reason());
            assertTrue(r.missing().get(1).reason().contains("not http(s)"), r.missing().get(1).reason());
            assertTrue(r.missing().get(2).reason().contains("not content") || r.missing().get(2).reason().contains("without a Location"),
                    r.missing().get(2).reason());
            assertTrue(server.count("/loop") <= 6, "a redirect loop costs a few requests, not hundreds: " + server.count("/loop"));
        }
    }

    @Test
    void oneRetryPolicyPerRequestNotRetriesOfRetries() throws Exception {
        server = new Scripted(req -> Scripted.status(503, "text/html", "<html>busy</html>".getBytes(StandardCharsets.UTF_8)));
        Workflow w = workflow("succeeded", step("0", image("r-0.jpg", "/busy", true)));
        try (CivitaiClient c = client(fast(3))) {
            DownloadResult r = new Downloader(c).download(w, null, dir);
            assertEquals(1, r.missing().size());
            assertEquals(3, server.count("/busy"), "three tries in all, as the policy says");
            assertFalse(r.missing().get(0).reason().contains("<html"), r.missing().get(0).reason());
        }
    }

    @Test
    void anUnreleasedBlobIsWaitedForByRefetchingTheWorkflow() throws Exception {
        byte[] img = jpeg(64, 48);
        AtomicInteger reads = new AtomicInteger();
        server = new Scripted(req -> {
            if (req.path().startsWith("/v2/consumer/workflows/")) {
                boolean ready = reads.incrementAndGet() >= 3;
                String blob = ready ? image("u-0.jpg", "/content/u-0.jpg", true) : "{\"id\":\"u-0.jpg\",\"available\":false}";
                return Scripted.json(200, workflow("succeeded", step("0", blob)).toJson());
            }
            if (req.path().equals("/content/u-0.jpg")) return Scripted.status(200, "image/jpeg", img);
            return Scripted.json(404, "{\"title\":\"Not Found\"}");
        });
        Workflow w = workflow("succeeded", step("0", "{\"id\":\"u-0.jpg\",\"available\":false}"));
        try (CivitaiClient c = client(fast(3))) {
            DownloadResult r = new Downloader(c).download(w, null, dir, Duration.ofMinutes(2));
            assertTrue(r.complete(), r.missing().toString());
            assertEquals(1, outputsOnDisk(dir).size());
            assertEquals(3, reads.get());
            assertTrue(clock.sleeps.get() >= 2, "paced on the cadence, not back to back");
        }
    }

    @Test
    void aBlobNeverReleasedIsReportedWithHowToFetchItLater() throws Exception {
        server = new Scripted(req -> req.path().startsWith("/v2/consumer/workflows/")
                ? Scripted.json(200, workflow("succeeded", step("0", "{\"id\":\"n-0.jpg\",\"available\":false}")).toJson())
                : Scripted.json(404, "{\"title\":\"Not Found\"}"));
        Workflow w = workflow("succeeded", step("0", "{\"id\":\"n-0.jpg\",\"available\":false}"));
        try (CivitaiClient c = client(fast(3))) {
            DownloadResult r = new Downloader(c).download(w, null, dir, Duration.ofSeconds(40));
            assertEquals(1, r.missing().size());
            String why = r.missing().get(0).reason();
            assertTrue(why.contains("not available yet") && why.contains("download()"), why);
            assertTrue(StatusLine.of(w, r, dir).contains("nothing saved"), StatusLine.of(w, r, dir));
        }
    }

    @Test
    void aBlockedBlobIsReportedAtOnceAndARelativeUrlIsTheApis() throws Exception {
        byte[] img = jpeg(64, 48);
        server = new Scripted(req -> req.path().equals("/v2/content/r-1.jpg") ? Scripted.status(200, "image/jpeg", img) : Scripted.json(404, "{}"));
        Workflow w = workflow("succeeded", step("0", "{\"id\":\"b-0.jpg\",\"available\":false,\"blockedReason\":\"NSFW\"}",
                "{\"id\":\"r-1.jpg\",\"url\":\"/v2/content/r-1.jpg\",\"available\":true}"));
        try (CivitaiClient c = client(fast(3))) {
            long t0 = System.nanoTime();
            DownloadResult r = new Downloader(c).download(w, null, dir);
            assertEquals(0, clock.sleeps.get(), "a blocked blob is not waited for");
            assertEquals(1, r.saved().size(), r.missing().toString());
            assertTrue(r.missing().get(0).reason().contains("blocked") && r.missing().get(0).reason().contains("NSFW"), r.missing().toString());
            assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
        }
    }

    @Test
    void aStalledOrCrawlingTransferIsAbandonedWithAClearReason() throws Exception {
        byte[] img = jpeg(256, 256);
        server = new Scripted(req -> switch (req.path()) {
            case "/stall" -> Scripted.stall("image/jpeg", img, 100);
            case "/silent" -> Scripted.silence();
            default -> Scripted.trickle("image/jpeg", img, img.length, 20);
        });
        Workflow stalled = workflow("succeeded", step("0", image("s-0.jpg", "/stall", true)));
        Workflow silent = workflow("succeeded", step("0", image("q-0.jpg", "/silent", true)));
        Workflow crawling = workflow("succeeded", step("0", image("c-0.jpg", "/crawl", true)));
        try (CivitaiClient c = client(fast(3))) {
            TransferLimits limits = new TransferLimits(Duration.ofSeconds(1), 1_000_000, Duration.ofSeconds(1));
            long t0 = System.nanoTime();
            DownloadResult r = new Downloader(c, limits).download(stalled, null, dir.resolve("s"));
            assertTrue(r.missing().get(0).reason().contains("stalled"), r.missing().get(0).reason());
            DownloadResult quiet = new Downloader(c, limits).download(silent, null, dir.resolve("q"));
            assertTrue(quiet.missing().get(0).reason().contains("stalled"), quiet.missing().get(0).reason());
            assertEquals(1, server.count("/silent"), "a server that says nothing is not asked again and again");
            DownloadResult slow = new Downloader(c, limits).download(crawling, null, dir.resolve("c"));
            assertTrue(slow.missing().get(0).reason().contains("too slow"), slow.missing().get(0).reason());
            // The whole download() has a deadline of its own, whatever the per-file allowance.
            TransferLimits generous = new TransferLimits(Duration.ofSeconds(30), 1, Duration.ofMinutes(10));
            DownloadResult capped = new Downloader(c, generous).download(crawling, null, dir.resolve("d"), Duration.ofSeconds(2));
            assertTrue(capped.missing().get(0).reason().contains("deadline"), capped.missing().get(0).reason());
            long s = (System.nanoTime() - t0) / 1_000_000_000;
            assertTrue(s < 20, "all three gave up in time, took " + s + " s");
        }
    }
}
