package dev.civkit.sandbox;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.json.Json;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

@Tag("unit")
class InternalsTest {
    @Test
    void idsAreUlidShapedAndSortByTime() throws Exception {
        Set<String> seen = new HashSet<>();
        String first = Ids.workflow();
        for (int i = 0; i < 1000; i++) assertTrue(seen.add(Ids.blob()));
        Thread.sleep(2);
        String later = Ids.workflow();
        assertTrue(first.matches("wf_[0-9A-HJKMNP-TV-Z]{26}"));
        assertTrue(Ids.isCrockford(later.substring(3)));
        assertTrue(first.substring(3, 13).compareTo(later.substring(3, 13)) < 0, "time prefix increases");
    }

    @Test
    void signerRejectsExpiredForgedAndRevokedTokens() {
        BlobSigner signer = new BlobSigner();
        Instant now = Instant.now();
        String token = signer.sign("blob_A", now.plusSeconds(60));
        assertEquals("blob_A", signer.verify(token, now).blobId());
        assertNull(signer.verify(token, now.plusSeconds(61)));
        assertNull(signer.verify(token.replace("blob_A", "blob_B"), now));
        assertNull(signer.verify("garbage", now));
        assertEquals("blob_A", BlobSigner.claimedBlobId(token));
        signer.revokeAll();
        assertNull(signer.verify(token, now));
    }

    @Test
    void costTableDefaults() {
        var in = Json.object().put("engine", "mystery");
        assertEquals(5, CostModel.price("imageGen", in).buzz(), "unknown engine, 1024x1024");
        assertEquals(1, CostModel.price("imageGen", Json.object().put("engine", "sd1").put("width", 512).put("height", 512)).buzz(),
                "never below 1");
        assertEquals(12, CostModel.price("imageGen", Json.object().put("engine", "openai").put("size", "1024x1024")).buzz());
        assertEquals(2, CostModel.price("textToImage", Json.object()).buzz());
        assertEquals(50, CostModel.price("videoGen", Json.object().put("duration", "5")).buzz());
        assertEquals(0, CostModel.price("echo", Json.object()).buzz());
        assertEquals(5, CostModel.price("wdTagging", Json.object()).buzz());
        assertTrue(CostModel.transactions(0, null, false).get("list").isEmpty(), "free workflows are not charged");
    }

    @Test
    void jsonPathFollowsNamesAndIndexes() {
        var root = Json.parse("{\"output\":{\"images\":[{\"url\":\"u0\"},{\"url\":\"u1\"}]},\"m\":[[1,2]]}");
        assertEquals("u1", JsonPath.at(root, "output.images[1].url").asString());
        assertEquals(2, JsonPath.at(root, "m[0][1]").asInt());
        assertNull(JsonPath.at(root, "output.videos[0]"));
        assertNull(JsonPath.at(root, "output.images[9].url"));
    }

    @Test
    void aspectRatioAndSizeDecideImageDimensions() {
        assertArrayEquals(new int[] {1024, 576}, MediaParams.imageSize(Json.object().put("aspectRatio", "16:9")));
        assertArrayEquals(new int[] {768, 1024}, MediaParams.imageSize(Json.object().put("aspectRatio", "3:4")));
        assertArrayEquals(new int[] {1536, 1024}, MediaParams.imageSize(Json.object().put("size", "1536x1024")));
        assertArrayEquals(new int[] {1024, 1024}, MediaParams.imageSize(Json.object()));
    }

    @Test
    void schemaCheckIsNotANoOp() {
        assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> SandboxClient.assertSchema("Workflow", Json.object().put("status", "succeeded")));
    }

    /** Compact, not quick: how fast the sandbox draws is bench's to measure, never a timed test's. */
    @Test
    void fullSizeImageIsCompact() {
        byte[] jpeg = SyntheticMedia.image("a quiet harbour at dawn", 42, 1024, 1024, 0, "jpeg");
        var img = BlobTest.decode(jpeg);
        assertEquals(1024, img.getWidth());
        assertEquals(1024, img.getHeight());
        assertTrue(jpeg.length < 1_000_000, "bytes: " + jpeg.length);
    }
}
