package dev.civkit.client;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.json.Json;
import dev.civkit.sandbox.SandboxConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's error answers become one exception that names the field and says what to do. */
class ErrorAnswersTest {
    static final String SECRET = "civ-test-token-7f3a9c2e1b";

    @TempDir
    Path outputs;

    @Test
    void badRequestNamesTheFieldPath() {
        try (SandboxFixture fx = SandboxFixture.start(outputs)) {
            // Raw JSON straight to the client, so the server (not the kit's own checks) judges it.
            var body = Json.parse("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"prompt\":\"no engine\",\"width\":-3}}]}");
            ApiException e = assertThrows(ApiException.class, () -> fx.session.client().submitWorkflow(body, dev.civkit.client.SubmitOptions.now()));
            assertEquals(400, e.status());
            assertTrue(e.fieldErrors().containsKey("steps[0].input.engine"), e.fieldErrors().toString());
            assertTrue(e.fieldErrors().containsKey("steps[0].input.width"), e.fieldErrors().toString());
            assertTrue(e.getMessage().contains("steps[0].input.engine"), e.getMessage());
            assertTrue(e.getMessage().contains("Fix the fields named above"), e.getMessage());
            assertFalse(e.isTransient());
        }
    }

    @Test
    void malformedJsonAndUnknownTypeAreRefusedByTheServer() {
        try (SandboxFixture fx = SandboxFixture.start(outputs)) {
            var unknown = Json.parse("{\"steps\":[{\"$type\":\"noSuchStep\",\"input\":{}}]}");
            ApiException e = assertThrows(ApiException.class, () -> fx.session.submit(unknown, 0));
            assertEquals(400, e.status());
            assertTrue(e.fieldErrors().containsKey("steps[0].$type"), e.fieldErrors().toString());
        }
    }

    @Test
    void wrongTokenGets401WithAdviceAndTheTokenNeverShows() {
        SandboxConfig guarded = SandboxConfig.defaults().withToken("the-right-one-123456");
        try (SandboxFixture fx = SandboxFixture.withToken(guarded, SECRET, outputs)) {
            ApiException e = assertThrows(ApiException.class,
                    () -> fx.workflow().imageGen(i -> i.engine("flux").prompt("x")).submit());
            assertEquals(401, e.status());
            assertTrue(e.getMessage().contains("CIVITAI_API_TOKEN"), e.getMessage());
            assertFalse(e.getMessage().contains(SECRET));
            assertFalse(e.getMessage().contains("the-right-one-123456"));
            assertFalse(fx.session.toString().contains(SECRET));
            assertFalse(fx.session.client().toString().contains(SECRET));
            assertFalse(fx.session.banner().contains(SECRET));
        }
    }

    @Test
    void rightTokenIsAccepted() {
        SandboxConfig guarded = SandboxConfig.defaults().withToken(SECRET);
        try (SandboxFixture fx = SandboxFixture.withToken(guarded, SECRET, outputs)) {
            assertTrue(fx.workflow().imageGen(i -> i.engine("flux").prompt("x").size(64, 64)).whatif().total() > 0);
        }
    }

    @Test
    void unknownWorkflowIs404() {
        try (SandboxFixture fx = SandboxFixture.start(outputs)) {
            ApiException e = assertThrows(ApiException.class, () -> fx.session.attach("wf_00000000000000000000000000"));
            assertEquals(404, e.status());
            assertTrue(e.getMessage().contains("check the id"), e.getMessage());
        }
    }

    @Test
    void tokenIsMaskedInConfigAndToken() {
        ApiToken t = ApiToken.of(SECRET);
        assertFalse(t.toString().contains(SECRET));
        assertFalse(ClientConfig.of("https://orchestration.civitai.com", t).toString().contains(SECRET));
        assertEquals("x ****", t.scrub("x " + SECRET));
        assertNull(ApiToken.of("  "));
    }

    @Test
    void environmentChoosesTokenAndBaseUrl() {
        ClientConfig c = ClientConfig.fromEnvironment(java.util.Map.of("CIVITAI_API_TOKEN", SECRET, "CIVITAI_BASE_URL", "http://127.0.0.1:9/"));
        assertEquals("http://127.0.0.1:9", c.baseUrl());
        assertEquals(ApiToken.of(SECRET), c.token());
        assertEquals(ClientConfig.DEFAULT_BASE_URL, ClientConfig.fromEnvironment(java.util.Map.of()).baseUrl());
        assertTrue(ClientConfig.DEFAULT_READ_TIMEOUT.getSeconds() > SubmitOptions.MAX_WAIT_SECONDS, "reads outlast a held request");
    }
}
