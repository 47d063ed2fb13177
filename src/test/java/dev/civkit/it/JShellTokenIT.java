package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * token("…") and baseUrl("…") typed into JShell answer where requests go now as one plain line:
 * not a quoted String with escaped quotes, and never the token.
 */
class JShellTokenIT {
    private static final String SECRET = "civ-newcomer-secret-0123456789abcdef";

    @TempDir
    Path tmp;

    @Test
    void tokenAndBaseUrlShowAPlainLineWithoutTheToken() throws Exception {
        Processes.jar();
        Map<String, String> env = Map.of("CIVKIT_SANDBOX_STATE", "off", "CIVKIT_JOURNAL", tmp.resolve("journal.jsonl").toString());
        Processes.Result r = Processes.run(List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh"), env,
                "token(\"" + SECRET + "\")\nbaseUrl(\"http://127.0.0.1:9\")\n/exit\n", 120);
        String out = r.out() + r.err();
        // JShell on 25 may echo what was typed (the person's own keystrokes); nothing else may hold the token.
        String shown = out.replace("token(\"" + SECRET + "\")", "");
        assertFalse(shown.contains(SECRET) || shown.contains("0123456789abcdef"), out);
        String token = out.lines().filter(l -> l.contains("==> ") && l.contains("Civitai API")).findFirst().orElse("");
        assertTrue(token.endsWith("==> civkit 0.1.0 | Civitai API at https://orchestration.civitai.com with token ****ef (36 chars) | outputs in outputs/"),
                "a plain line, the token masked: " + out);
        String url = out.lines().filter(l -> l.contains("==> ") && l.contains("127.0.0.1:9")).findFirst().orElse("");
        assertTrue(url.endsWith("==> civkit 0.1.0 | Civitai API at http://127.0.0.1:9 with token ****ef (36 chars) | outputs in outputs/"), out);
        assertFalse(out.contains("\\\""), "no escaped quotes: " + out);
    }
}
