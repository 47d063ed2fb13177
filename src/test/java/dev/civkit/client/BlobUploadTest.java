package dev.civkit.client;

import dev.civkit.endpoints.Wire;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads (file, in-memory image, presigned URL), HeadBlob, and the upload error answers, behind a token. */
class BlobUploadTest {
    static final String TOKEN = "sandbox-token-0123456789abcdef";
    @TempDir
    static Path dir;
    static SandboxFixture fx;
    static CivitaiClient client;

    @BeforeAll
    static void up() {
        fx = SandboxFixture.withToken(SandboxFixture.fast().withToken(TOKEN), TOKEN, dir);
        client = fx.session.client();
    }

    @AfterAll
    static void down() {
        fx.close();
    }

    static BufferedImage picture(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    @Test
    void anUploadedFileBecomesAnInputImage() throws Exception {
        Path png = dir.resolve("cat.png");
        ImageIO.write(picture(96, 64), "png", png.toFile());
        Blob blob = client.uploadBlob(png);
        Wire.assertSchema("ImageBlob", blob);
        assertEquals("image", blob.type());
        assertEquals(96, blob.width());
        assertEquals(64, blob.height());
        assertTrue(blob.id().startsWith("blob_"), blob.id());
        assertTrue(client.blobExists(blob.id()));
        assertFalse(client.blobExists("blob_missing"));
        // The signed URL serves exactly what was sent, and a step takes it as an image.
        Path back = dir.resolve("back.png");
        client.downloadTo(blob.url(), back);
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(back));
        WorkflowHandle h = fx.workflow().imageGen(g -> g.engine("flux").prompt("make it blue").set("images", java.util.List.of(blob.url())))
                .submit().await();
        assertEquals("succeeded", h.status());
        assertEquals(blob.url(), h.workflow().steps().get(0).input().get("images").get(0).asString());
    }

    @Test
    void anInMemoryImageUploadsAsPng() {
        Blob blob = client.uploadBlob(picture(40, 30));
        assertEquals(40, blob.width());
        assertEquals(30, blob.height());
        assertTrue(client.blobExists(blob.id()));
    }

    @Test
    void aPresignedUrlUploadsWithoutTheTokenAndNeverPrintsItsSignature() throws Exception {
        UploadUrl url = client.blobUploadUrl();
        Wire.assertSchema("ConsumerBlobPresignResponse", url);
        assertTrue(url.uploadUrl().contains("sig="));
        assertFalse(url.toString().contains("sig="), url.toString());
        Path jpg = dir.resolve("dog.jpg");
        ImageIO.write(picture(32, 32), "jpeg", jpg.toFile());
        try (CivitaiClient anonymous = new CivitaiClient(ClientConfig.of(fx.sandbox.baseUrl(), null))) {
            Blob blob = anonymous.uploadBlob(url, jpg);
            assertEquals(32, blob.width());
            ApiException noToken = assertThrows(ApiException.class, () -> anonymous.uploadBlob(jpg));
            assertEquals(401, noToken.status());
            UploadUrl forged = new UploadUrl(url.uploadUrl().replaceAll("sig=[^&]*", "sig=forged.1.abc"), url.expiresAt());
            ApiException bad = assertThrows(ApiException.class, () -> anonymous.uploadBlob(forged, jpg));
            assertEquals(401, bad.status());
        }
        // A PUT to the presigned URL works too.
        var put = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.uploadUrl()))
                .header("Content-Type", "image/jpeg").PUT(java.net.http.HttpRequest.BodyPublishers.ofFile(jpg)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(201, put.statusCode(), put.body());
        Wire.assertSchema("Blob", put.body());
    }

    @Test
    void tooLargeWrongTypeAndFakeImagesAreRefused() throws Exception {
        ApiException big = assertThrows(ApiException.class, () -> client.uploadBlob(new byte[4 * 1024 * 1024 + 1], "image/png", "big.png"));
        assertEquals(413, big.status());
        assertTrue(big.getMessage().contains("too large"), big.getMessage());
        // A file that is no image by its bytes or its name is refused before sending; the server agrees when it gets one.
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not an image");
        var local = assertThrows(dev.civkit.request.InvalidRequestException.class, () -> client.uploadBlob(text));
        assertTrue(local.getMessage().contains("notes.txt"), local.getMessage());
        ApiException type = assertThrows(ApiException.class, () -> client.uploadBlob("not an image".getBytes(), "text/plain", "notes.txt"));
        assertEquals(415, type.status());
        assertTrue(type.getMessage().contains("PNG, JPEG, WebP or GIF"), type.getMessage());
        ApiException fake = assertThrows(ApiException.class, () -> client.uploadBlob("GIF89a but not really".getBytes(), "image/png", "fake.png"));
        assertEquals(422, fake.status());
        for (ApiException e : new ApiException[] {big, type, fake}) {
            assertFalse(e.getMessage().contains(TOKEN), "the token never appears in an error");
        }
        assertFalse(client.toString().contains(TOKEN));
        assertThrows(IllegalArgumentException.class, () -> client.uploadBlob(dir.resolve("missing.png")));
    }
}
