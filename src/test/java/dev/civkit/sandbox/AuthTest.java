package dev.civkit.sandbox;

import static dev.civkit.sandbox.SandboxClient.assertSchema;
import static dev.civkit.sandbox.SandboxClient.imageGen;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuthTest {
    private static final String SECRET = "s3cr3t-token-value";

    @Test
    void tokenIsRequiredEverywhereButSignedContent() {
        try (Sandbox sb = Sandbox.start(SandboxClient.fast().withToken(SECRET))) {
            SandboxClient none = new SandboxClient(sb.baseUrl(), null);
            SandboxClient wrong = new SandboxClient(sb.baseUrl(), "not-it");
            SandboxClient right = new SandboxClient(sb.baseUrl(), SECRET);

            for (var r : new SandboxClient.Reply[] {
                    none.post("/v2/consumer/workflows", imageGen("x", 1L, 32, 32)),
                    wrong.post("/v2/consumer/workflows", imageGen("x", 1L, 32, 32)),
                    none.get("/v2/consumer/workflows/wf_x"),
                    none.get("/v2/consumer/blobs/blob_x")}) {
                assertEquals(401, r.status());
                assertEquals("application/problem+json", r.header("Content-Type"));
                assertSchema("ProblemDetails", r.json());
                assertEquals("Unauthorized", r.json().get("title").asString());
                assertTrue(r.json().get("detail").asString().matches(".*(missing|wrong).*"));
                assertFalse(new String(r.bytes(), StandardCharsets.UTF_8).contains(SECRET));
            }
            assertTrue(wrong.post("/v2/consumer/workflows", "{}").json().get("detail").asString().contains("wrong"));
            assertEquals(0, sb.workflowsCreated());

            var ok = right.post("/v2/consumer/workflows?wait=10", imageGen("x", 1L, 32, 32));
            assertEquals(200, ok.status());
            assertFalse(new String(ok.bytes(), StandardCharsets.UTF_8).contains(SECRET));
            String url = ok.json().get("steps").get(0).get("output").get("images").get(0).get("url").asString();
            assertEquals(200, SandboxClient.getAbsolute(url).status(), "signed URLs need no bearer");
            assertFalse(sb.toString().contains(SECRET));
            assertFalse(sb.config().toString().contains(SECRET));
        }
    }

    @Test
    void withoutATokenAnyBearerIsAccepted() {
        try (Sandbox sb = Sandbox.start(SandboxClient.fast())) {
            assertEquals(202, new SandboxClient(sb.baseUrl(), "anything").post("/v2/consumer/workflows", imageGen("x", 1L, 32, 32)).status());
            assertEquals(202, new SandboxClient(sb.baseUrl(), null).post("/v2/consumer/workflows", imageGen("x", 1L, 32, 32)).status());
        }
    }
}
