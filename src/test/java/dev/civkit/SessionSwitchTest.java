package dev.civkit;

import dev.civkit.session.Session;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ApiToken;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting a token in a sandbox session moves it to the real API: its banner must say so. */
class SessionSwitchTest {
    @TempDir
    Path dir;

    @Test
    void aTokenLeavesTheSandbox() {
        Map<String, String> env = Map.of("CIVKIT_OUTPUT_DIR", dir.toString(), "CIVKIT_JOURNAL", dir.resolve("j.jsonl").toString());
        try (Session sandboxed = Session.fromEnvironment(env, new PrintStream(PrintStream.nullOutputStream()), false)) {
            assertTrue(sandboxed.isSandbox());
            assertTrue(sandboxed.banner().contains("sandbox orchestrator at http://127.0.0.1:"), sandboxed.banner());
            Session real = sandboxed.with(sandboxed.config().withToken(ApiToken.of("civ-switch-secret-99")).withBaseUrl("https://orchestration.civitai.com"));
            assertFalse(real.isSandbox());
            assertTrue(real.banner().contains("Civitai API at https://orchestration.civitai.com with token ****"), real.banner());
            assertFalse(real.banner().contains("civ-switch-secret-99"));
            assertFalse(real.banner().contains("no CIVITAI_API_TOKEN"), real.banner());
            Session same = sandboxed.with(sandboxed.config());
            assertTrue(same.isSandbox(), "the same URL keeps the sandbox");
        }
    }

    @Test
    void theInProcessSandboxTakesItsProfileFromTheEnvironment() {
        Map<String, String> env = Map.of("CIVKIT_OUTPUT_DIR", dir.toString(), "CIVKIT_JOURNAL", dir.resolve("j.jsonl").toString(),
                "CIVKIT_SANDBOX_PROFILE", "live");
        try (Session live = Session.fromEnvironment(env, new PrintStream(PrintStream.nullOutputStream()), false)) {
            assertTrue(live.sandbox().config().profile().isLive());
            assertNotNull(live.sandbox().blobHost());
        }
        Map<String, String> bad = Map.of("CIVKIT_JOURNAL", dir.resolve("j.jsonl").toString(), "CIVKIT_SANDBOX_PROFILE", "prod");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Session.fromEnvironment(bad, new PrintStream(PrintStream.nullOutputStream()), false));
        assertTrue(e.getMessage().startsWith("CIVKIT_SANDBOX_PROFILE: ") && e.getMessage().contains("'prod'"), e.getMessage());
    }
}
