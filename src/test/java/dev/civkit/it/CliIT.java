package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** java -jar civkit.jar against a standalone sandbox with --token, as a CI smoke test would use it. */
class CliIT {
    static final String TOKEN = "cli-secret-token-5c8d1e";
    static Process sandbox;
    static String baseUrl;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() throws Exception {
        Processes.StandaloneSandbox sb = Processes.sandbox("--token", TOKEN);
        assertFalse(sb.firstLine().contains(TOKEN), sb.firstLine());
        sandbox = sb.process();
        baseUrl = sb.baseUrl();
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) sandbox.destroy();
    }

    Processes.Result cli(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Processes.jdkTool("java").toString(), "-jar", Processes.jar().toString()));
        cmd.addAll(List.of(args));
        return Processes.run(cmd, Map.of("CIVITAI_BASE_URL", baseUrl, "CIVITAI_API_TOKEN", TOKEN), stdin, 120);
    }

    @Test
    void otherTokensGet401() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/v2/consumer/workflows/wf_x"))
                .header("Authorization", "Bearer wrong").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("\"status\":401"), r.body());
    }

    @Test
    void submitWaitDownloadThenGet() throws Exception {
        Path body = dir.resolve("quick.json");
        Files.writeString(body, "{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"cli\",\"width\":640,\"height\":480}}]}");
        Processes.Result r = cli(null, "submit", body.toString(), "--wait", "60", "--download", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().matches("(?s)wf_\\w+ succeeded \\| imageGen \\| .*640x480.*"), r.out());
        assertFalse((r.out() + r.err()).contains(TOKEN));
        String id = r.out().substring(0, r.out().indexOf(' '));
        assertTrue(r.out().contains("saved in " + dir.resolve("out").resolve(id)), "the status line names the folder used: " + r.out());
        Path img = dir.resolve("out").resolve(id).resolve("step-0-image-0.jpg");
        assertEquals(640, ImageIO.read(img.toFile()).getWidth());

        Processes.Result g = cli(null, "get", id);
        assertEquals(0, g.exit(), g.err());
        assertTrue(g.out().startsWith(id + " succeeded"), g.out());
    }

    @Test
    void submitFromStdinWithWhatif() throws Exception {
        Processes.Result r = cli("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"x\"}}]}", "submit", "-", "--whatif");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("whatif: 1 step (imageGen) would cost "), r.out());
    }

    @Test
    void badInputFailsBeforeSendingWithExit2() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"steps\": [ {\"$type\": \"imageGen\", ");
        Processes.Result r = cli(null, "submit", broken.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is not valid JSON"), r.err());

        Files.writeString(broken, "{\"steps\": []}");
        r = cli(null, "submit", broken.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("non-empty \"steps\""), r.err());

        r = cli(null, "submit", dir.resolve("nope.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot read"), r.err());
    }

    @Test
    void serverRejectionExitsNonZeroWithTheFieldNamed() throws Exception {
        Processes.Result r = cli("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"prompt\":\"no engine\"}}]}", "submit", "-");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("steps[0].input.engine"), r.err());
    }

    @Test
    void helpForEveryCommand() throws Exception {
        for (String c : List.of("sandbox", "submit", "get", "kernel")) {
            Processes.Result r = cli(null, c, "--help");
            assertEquals(0, r.exit(), c);
            assertTrue(r.out().contains("usage"), c + ": " + r.out());
        }
        assertEquals(2, cli(null).exit());
        assertEquals(2, cli(null, "frobnicate").exit());
    }
}
