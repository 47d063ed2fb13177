package dev.civkit.fidelity;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ApiToken;
import dev.civkit.client.ClientConfig;
import dev.civkit.journal.Journal;
import dev.civkit.json.Json;
import dev.civkit.outputs.Downloader;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole quick-start path, submit().await().show(), through a session against a server that
 * answers as the live service does: an id that is no wf_ id, 7-digit timestamps with offsets,
 * step "$0", images without type on another origin behind a relative redirect, available:false
 * at first, and a gateway that cuts the long-poll with an HTML 504.
 */
class LiveShapedSessionTest {
    static final String ID = "9005769-20260526010006655";
    @TempDir
    Path dir;
    Scripted server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
    }

    static byte[] jpeg() throws Exception {
        BufferedImage img = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) for (int x = 0; x < 96; x++) img.setRGB(x, y, (x * 41 + y * 13) & 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    String workflow(String status) {
        String images = "";
        if (status.equals("succeeded")) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 2; i++) {
                String id = "11c39c0a-b3b1-43d9-b758-e9188b2e3108-" + i + ".jpg";
                if (i > 0) sb.append(',');
                sb.append("{\"id\":\"").append(id).append("\",\"url\":\"").append(server.otherOrigin()).append("/v2/consumer/blobs/").append(id)
                        .append("?sig=abc&exp=1\",\"urlExpiresAt\":\"2099-05-26T02:00:06.6551234+00:00\",\"previewUrl\":\"").append(server.otherOrigin())
                        .append("/p/").append(id).append("\",\"previewUrlExpiresAt\":\"2099-05-26T02:00:06.6551234+00:00\",\"width\":96,\"height\":64,\"available\":false}");
            }
            images = sb.toString();
        }
        return "{\"id\":\"" + ID + "\",\"status\":\"" + status + "\",\"createdAt\":\"2026-05-26T01:00:06.6551234+00:00\","
                + (status.equals("succeeded") ? "\"completedAt\":\"2026-05-26T01:00:10.1551234+00:00\"," : "")
                + "\"cost\":{\"total\":4},\"steps\":[{\"$type\":\"imageGen\",\"name\":\"$0\",\"status\":\"" + status + "\","
                + "\"output\":" + (status.equals("succeeded") ? "{\"images\":[" + images + "]}" : "null") + ",\"jobs\":[{\"id\":\"j1\",\"status\":\"" + status + "\"}]}]}";
    }

    @Test
    void theQuickStartLineSavesEveryImageThroughAGatewayThatCutsTheLongPoll() throws Exception {
        byte[] img = jpeg();
        AtomicInteger polls = new AtomicInteger();
        server = new Scripted(req -> {
            String p = req.path();
            if (req.method().equals("POST")) return Scripted.json(202, workflow("processing"));
            if (p.equals("/v2/consumer/workflows/" + ID)) {
                if (req.held()) return Scripted.status(504, "text/html",
                        "<html><head><title>504 Gateway Time-out</title></head><body>nginx</body></html>".getBytes(StandardCharsets.UTF_8));
                return Scripted.json(200, workflow(polls.incrementAndGet() >= 2 ? "succeeded" : "processing"));
            }
            if (p.startsWith("/v2/consumer/blobs/")) return Scripted.redirect(308, "../../cdn/" + p.substring(p.lastIndexOf('/') + 1) + "?t=1");
            if (p.startsWith("/v2/cdn/")) return Scripted.status(200, "image/jpeg", img);
            return Scripted.json(404, "{\"title\":\"Not Found\"}");
        });
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (Session s = Session.builder().config(ClientConfig.of(server.base(), ApiToken.of("live-token-0123456789")))
                .outputs(dir.resolve("outputs")).out(new PrintStream(console, true, StandardCharsets.UTF_8))
                .journal(Journal.at(dir.resolve("journal.jsonl"))).build()) {
            WorkflowHandle h = s.submit(Json.parse("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"live\",\"width\":96,\"height\":64}}]}"), 0);
            assertEquals(ID, h.id());
            h.await(Duration.ofMinutes(2)).show();
            assertEquals("succeeded", h.status());
            assertEquals(2, h.files().size());
            try (Stream<Path> files = Files.list(h.folder())) {
                assertEquals(2, files.filter(f -> f.toString().endsWith(".jpg")).count());
            }
            String shown = console.toString(StandardCharsets.UTF_8);
            assertTrue(shown.contains("96x64"), shown);
            assertFalse(shown.contains("no output files"), shown);
            assertTrue(h.toString().contains("2 images") && h.toString().contains("3.5 s"), h.toString());
            assertTrue(Files.readString(h.folder().resolve(Downloader.SIDECAR)).contains("previewUrl"));
            // submit, the cut long-poll, plain polls until the end, then one GET and one redirect hop per image
            long blobGets = server.count("/v2/consumer/blobs/");
            assertEquals(2, blobGets, "one GET per image at the signed URL");
            assertEquals(2, server.count("/v2/cdn/"));
        }
        for (var req : server.seen)
            if (req.headers().getOrDefault("host", "").startsWith("localhost"))
                assertNull(req.headers().get("authorization"), "the token never goes to the blob host");
    }
}
