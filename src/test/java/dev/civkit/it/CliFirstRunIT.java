package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a newcomer first uses it, from the docs' lines: exit codes with and without
 * --wait, hints that name CLI commands and options (never a JShell verb, never a state folder the
 * user did not choose), and whatif's factors under the step names.
 */
class CliFirstRunIT {
    private static final Pattern ID = Pattern.compile("(wf_[0-9A-Z]{26})");
    private static final String ONE = "{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"a red fox in snow\","
            + "\"width\":512,\"height\":512}}]}";

    @TempDir
    Path dir;

    private Processes.Result cli(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Processes.jdkTool("java").toString(), "-jar", Processes.jar().toString()));
        cmd.addAll(List.of(args));
        return Processes.run(cmd, env, null, 120);
    }

    private static String id(Processes.Result r) {
        Matcher m = ID.matcher(r.out());
        assertTrue(m.find(), r.out() + r.err());
        return m.group(1);
    }

    private static void noPromptWords(String text) {
        assertFalse(text.matches("(?s).*\\b(workflow|baseUrl|await|download)\\(.*"), "a JShell verb in a CLI hint: " + text);
        assertFalse(text.contains(".civkit/sandbox"), "a state folder the user did not choose: " + text);
    }

    @Test
    void exitCodesSayWhatHappenedWithAndWithoutWait() throws Exception {
        Path request = Files.writeString(dir.resolve("request.json"), ONE);
        try (Processes.StandaloneSandbox sandbox = Processes.sandbox("--run-ms", "4000", "--queue-ms", "200")) {
            Map<String, String> env = Map.of("CIVITAI_BASE_URL", sandbox.baseUrl(), "CIVKIT_JOURNAL", dir.resolve("journal.jsonl").toString(),
                    "CIVKIT_OUTPUT_DIR", dir.resolve("outputs").toString());

            Processes.Result accepted = cli(env, "submit", request.toString());
            String id = id(accepted);
            assertEquals(0, accepted.exit(), "accepted, not waited for: " + accepted.out() + accepted.err());
            assertFalse(accepted.out().contains("succeeded"), accepted.out());
            assertTrue(accepted.err().contains("not waited for: it keeps running; follow it with java -jar target/civkit.jar get " + id
                    + " --wait 300"), accepted.err());
            noPromptWords(accepted.out() + accepted.err());

            Processes.Result short1 = cli(env, "submit", request.toString(), "--wait", "1");
            String id2 = id(short1);
            assertEquals(3, short1.exit(), "the wait ran out while it runs: " + short1.out() + short1.err());
            assertTrue(short1.err().contains("after 1 s; it keeps running. Wait more with java -jar target/civkit.jar get " + id2
                    + " --wait 300"), short1.err());
            noPromptWords(short1.out() + short1.err());

            Processes.Result done = cli(env, "get", id, "--wait", "60");
            assertEquals(0, done.exit(), done.out() + done.err());
            assertTrue(done.out().startsWith(id + " succeeded"), done.out());

            Processes.Result waited = cli(env, "submit", request.toString(), "--wait", "60");
            assertEquals(0, waited.exit(), waited.out() + waited.err());
            assertTrue(waited.out().contains(" succeeded | imageGen"), waited.out());
            assertFalse(waited.err().contains("not waited for"), waited.err());

            // The same id asked of another orchestrator: this command's own sandbox, which keeps no state.
            Map<String, String> own = Map.of("CIVKIT_SANDBOX_STATE", "off", "CIVKIT_JOURNAL", dir.resolve("journal.jsonl").toString(),
                    "CIVKIT_OUTPUT_DIR", dir.resolve("outputs").toString());
            Processes.Result lost = cli(own, "get", id);
            assertEquals(1, lost.exit(), lost.out() + lost.err());
            assertTrue(lost.err().contains(id + " was submitted to " + sandbox.baseUrl()), lost.err());
            assertTrue(lost.err().contains("reach it with CIVITAI_BASE_URL=" + sandbox.baseUrl() + " java -jar target/civkit.jar get " + id), lost.err());
            assertTrue(lost.err().contains("sandbox --port " + URI.create(sandbox.baseUrl()).getPort() + " --state DIR"), lost.err());
            noPromptWords(lost.err());
        }
    }

    @Test
    void aWorkflowOfASandboxThatKeptNoStateIsSaidToBeGoneWithoutStateAdvice() throws Exception {
        Path request = Files.writeString(dir.resolve("request.json"), ONE);
        // The command's own sandbox each time, remembering nothing, as the issue's newcomer ran it.
        Map<String, String> own = Map.of("CIVKIT_SANDBOX_STATE", "off", "CIVKIT_JOURNAL", dir.resolve("journal.jsonl").toString(),
                "CIVKIT_OUTPUT_DIR", dir.resolve("outputs").toString());
        Processes.Result ran = cli(own, "submit", request.toString(), "--wait", "60");
        assertEquals(0, ran.exit(), ran.out() + ran.err());
        String id = id(ran);
        Processes.Result gone = cli(own, "get", id);
        assertEquals(1, gone.exit(), gone.out() + gone.err());
        assertTrue(gone.err().contains(id + " was submitted to http://127.0.0.1:"), gone.err());
        assertTrue(gone.err().contains("kept no state (CIVKIT_SANDBOX_STATE=off), so the workflow ended with it"), gone.err());
        assertFalse(gone.err().contains("--state") || gone.err().contains("CIVITAI_BASE_URL="), "no way that cannot work: " + gone.err());
        noPromptWords(gone.err());
    }

    @Test
    void whatifNamesEachStepsFactors() throws Exception {
        Path two = Files.writeString(dir.resolve("two.json"), "{\"steps\":["
                + "{\"$type\":\"imageGen\",\"name\":\"gen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"a\",\"width\":1024,\"height\":1024}},"
                + "{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"b\",\"width\":512,\"height\":512}}]}");
        Map<String, String> env = Map.of("CIVKIT_SANDBOX_STATE", "off", "CIVKIT_JOURNAL", dir.resolve("journal.jsonl").toString());
        Processes.Result r = cli(env, "submit", two.toString(), "--whatif");
        assertEquals(0, r.exit(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  gen (imageGen): ") && l.matches(".*\\bmegapixels 1(,.*|$)")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  step 2 (imageGen): ") && l.matches(".*\\bmegapixels 0\\.25(,.*|$)")), r.out());
        assertFalse(r.out().contains("gen.") || r.out().contains("1.megapixels"), "no step.factor keys: " + r.out());
    }
}
