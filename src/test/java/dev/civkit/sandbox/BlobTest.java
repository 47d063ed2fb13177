package dev.civkit.sandbox;

import static dev.civkit.sandbox.SandboxClient.assertSchema;
import static dev.civkit.sandbox.SandboxClient.imageGen;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class BlobTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxClient.fast());
    static final Sandbox sandbox = fx.sandbox;
    static final SandboxClient api = new SandboxClient(sandbox);

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            assertNotNull(img, "bytes decode as an image");
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode firstImage(String body) {
        JsonNode wf = api.post("/v2/consumer/workflows?wait=10", body).json();
        assertEquals("succeeded", wf.get("status").asString());
        return wf.get("steps").get(0).get("output").get("images").get(0);
    }

    private byte[] viaGetBlob(String blobId) {
        var redirect = api.get("/v2/consumer/blobs/" + blobId);
        assertTrue(redirect.status() == 307 || redirect.status() == 302, "redirect, got " + redirect.status());
        String location = redirect.header("Location");
        assertTrue(location.contains("/v2/consumer/blobs/content/"), location);
        var content = SandboxClient.getAbsolute(location);
        assertEquals(200, content.status());
        return content.bytes();
    }

    @Test
    void getBlobRedirectsToContentOfTheRequestedSize() {
        JsonNode image = firstImage(imageGen("lighthouse at dusk", 11L, 320, 200));
        BufferedImage img = decode(viaGetBlob(image.get("id").asString()));
        assertEquals(320, img.getWidth());
        assertEquals(200, img.getHeight());
        var direct = SandboxClient.getAbsolute(image.get("url").asString());
        assertEquals("image/jpeg", direct.header("Content-Type"));
    }

    @Test
    void sameInputsGiveSameBytesAndSeedsOrPromptsDiffer() {
        byte[] a = viaGetBlob(firstImage(imageGen("forest", 1L, 128, 128)).get("id").asString());
        byte[] a2 = viaGetBlob(firstImage(imageGen("forest", 1L, 128, 128)).get("id").asString());
        byte[] b = viaGetBlob(firstImage(imageGen("forest", 2L, 128, 128)).get("id").asString());
        byte[] c = viaGetBlob(firstImage(imageGen("desert", 1L, 128, 128)).get("id").asString());
        assertArrayEquals(a, a2);
        assertTrue(pixelDifference(decode(a), decode(b)) > 10, "seeds differ visibly");
        assertTrue(pixelDifference(decode(a), decode(c)) > 10, "prompts differ visibly");
        // Seedless requests are still reproducible: the seed comes from the prompt.
        byte[] s1 = viaGetBlob(firstImage(imageGen("seedless", null, 64, 64)).get("id").asString());
        byte[] s2 = viaGetBlob(firstImage(imageGen("seedless", null, 64, 64)).get("id").asString());
        assertArrayEquals(s1, s2);
    }

    /** Mean absolute per-channel difference, 0..255. */
    private static double pixelDifference(BufferedImage x, BufferedImage y) {
        long sum = 0;
        for (int j = 0; j < x.getHeight(); j++) {
            for (int i = 0; i < x.getWidth(); i++) {
                int p = x.getRGB(i, j), q = y.getRGB(i, j);
                for (int shift = 0; shift <= 16; shift += 8) sum += Math.abs(((p >> shift) & 255) - ((q >> shift) & 255));
            }
        }
        return sum / (3.0 * x.getWidth() * x.getHeight());
    }

    @Test
    void quantityGivesThatManyImagesAndWebpFallsBackToPng() {
        String body = """
            {"steps":[{"$type":"imageGen","input":{"engine":"sdxl","prompt":"tiles","width":64,"height":64,"quantity":3,"outputFormat":"webP"}}]}""";
        JsonNode images = api.post("/v2/consumer/workflows?wait=10", body).json().get("steps").get(0).get("output").get("images");
        assertEquals(3, images.size());
        var first = SandboxClient.getAbsolute(images.get(0).get("url").asString());
        var second = SandboxClient.getAbsolute(images.get(1).get("url").asString());
        assertEquals("image/png", first.header("Content-Type"));
        assertFalse(Arrays.equals(first.bytes(), second.bytes()), "each image has its own seed");
        for (JsonNode i : images) assertSchema("ImageBlob", i);
    }

    @Test
    void expiredUrlsAnswer403AndARefetchedWorkflowCarriesFreshOnes() {
        JsonNode wf = api.post("/v2/consumer/workflows?wait=10", imageGen("expiry", 5L, 64, 64)).json();
        String oldUrl = wf.get("steps").get(0).get("output").get("images").get(0).get("url").asString();
        assertEquals(200, SandboxClient.getAbsolute(oldUrl).status());
        sandbox.expireBlobUrlsNow();
        var expired = SandboxClient.getAbsolute(oldUrl);
        assertEquals(403, expired.status());
        assertEquals("application/problem+json", expired.header("Content-Type"));
        assertSchema("ProblemDetails", expired.json());
        JsonNode again = api.get("/v2/consumer/workflows/" + wf.get("id").asString()).json();
        String fresh = again.get("steps").get(0).get("output").get("images").get(0).get("url").asString();
        assertNotEquals(oldUrl, fresh);
        assertEquals(200, SandboxClient.getAbsolute(fresh).status());
    }

    @Test
    void tinyTtlExpiresOnItsOwn() throws Exception {
        try (Sandbox sb = Sandbox.start(SandboxClient.fast().withBlobUrlTtl(java.time.Duration.ZERO))) {
            SandboxClient c = new SandboxClient(sb);
            JsonNode wf = c.post("/v2/consumer/workflows?wait=10", imageGen("ttl", 5L, 32, 32)).json();
            String url = wf.get("steps").get(0).get("output").get("images").get(0).get("url").asString();
            assertEquals(403, SandboxClient.getAbsolute(url).status());
        }
    }

    @Test
    void forgedTokensAnswer403AndUnknownBlobs404() {
        JsonNode image = firstImage(imageGen("forgery", 5L, 32, 32));
        String url = image.get("url").asString();
        String forged = url.substring(0, url.length() - 3) + (url.endsWith("AAA") ? "BBB" : "AAA");
        assertEquals(403, SandboxClient.getAbsolute(forged).status());
        // Extending the expiry breaks the signature too.
        String token = url.substring(url.lastIndexOf('/') + 1);
        String[] parts = token.split("\\.");
        String extended = url.substring(0, url.lastIndexOf('/') + 1) + parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
        assertEquals(403, SandboxClient.getAbsolute(extended).status());
        var missing = api.get("/v2/consumer/blobs/blob_00000000000000000000000000");
        assertEquals(404, missing.status());
        assertSchema("ProblemDetails", missing.json());
    }

    @Test
    void speechIsARealWav() throws Exception {
        JsonNode wf = api.post("/v2/consumer/workflows?wait=10",
                "{\"steps\":[{\"$type\":\"textToSpeech\",\"input\":{\"text\":\"one two three four five\"}}]}").json();
        JsonNode audio = wf.get("steps").get(0).get("output").get("audioBlob");
        var r = SandboxClient.getAbsolute(audio.get("url").asString());
        assertEquals("audio/wav", r.header("Content-Type"));
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(r.bytes()))) {
            double seconds = in.getFrameLength() / in.getFormat().getFrameRate();
            assertEquals(audio.get("duration").asDouble(), seconds, 0.01);
        }
    }
}
