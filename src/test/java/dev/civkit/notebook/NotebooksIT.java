package dev.civkit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.civkit.json.Json;
import dev.civkit.kernel.KernelCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every notebook in notebooks/ executed headlessly on the packaged jar's kernel against a sandbox
 * behind a recording proxy (so the test sees each submission as the service received it); what they
 * show in JupyterLab 4 and Notebook 7 is checked by {@link NotebooksInBrowserIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksIT {
    private static final Path NOTEBOOKS = Path.of("notebooks");
    private static final Path JAR = Path.of("target", "civkit.jar");
    private Path work;
    private Map<String, String> env;
    private final Map<String, JsonNode> executed = new LinkedHashMap<>();
    private Sandbox sandbox;
    private RecordingProxy proxy;

    @BeforeAll
    void executeAll() throws Exception {
        Jupyter.requireJupyter();
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR + " is missing");
        work = Files.createTempDirectory("civkit-notebooks-it");
        Path prefix = work.resolve("jupyter");
        KernelCommand.installUnder(prefix, JAR.toAbsolutePath().toString(), true);
        // One orchestrator for every notebook, as one student's account would be: a request sent by two
        // notebooks under two keys is paid twice just as surely as one sent twice by one notebook.
        sandbox = Sandbox.start(SandboxConfig.defaults());
        proxy = RecordingProxy.to(sandbox.baseUrl());
        env = Map.of("JUPYTER_PATH", prefix.resolve("share/jupyter").toString(), "JUPYTER_DATA_DIR", work.resolve("data").toString(),
                "CIVITAI_BASE_URL", proxy.baseUrl(), "CIVKIT_JOURNAL", work.resolve("journal.jsonl").toString());
        for (Path nb : notebooks()) {
            Path copy = work.resolve(nb.getFileName());
            Files.copy(nb, copy);
            Jupyter.Result r = Jupyter.run(List.of(Jupyter.JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute", "--inplace",
                    "--ExecutePreprocessor.timeout=180", "--ExecutePreprocessor.kernel_name=civkit", copy.getFileName().toString()), work, env, 600);
            assertEquals(0, r.code(), "nbconvert failed on " + nb + ":\n" + r.output());
            executed.put(nb.getFileName().toString(), Json.parse(Files.readAllBytes(copy)));
        }
    }

    @AfterAll
    void stop() {
        if (proxy != null) proxy.close();
        if (sandbox != null) sandbox.close();
    }

    static List<Path> notebooks() throws Exception {
        try (Stream<Path> s = Files.list(NOTEBOOKS)) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertFalse(all.isEmpty(), "no notebooks in " + NOTEBOOKS.toAbsolutePath());
            return all;
        }
    }

    static List<JsonNode> outputs(JsonNode nb) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode cell : nb.path("cells")) for (JsonNode o : cell.path("outputs")) all.add(o);
        return all;
    }

    @Test
    void everyNotebookRunsWithoutErrorOutputs() throws Exception {
        assertEquals(notebooks().size(), executed.size());
        executed.forEach((name, nb) -> {
            for (JsonNode o : outputs(nb)) {
                assertFalse(o.path("output_type").asString().equals("error"), name + ": " + o);
                assertFalse(o.path("name").asString().equals("stderr"), name + " wrote to stderr: " + o);
            }
        });
    }

    @Test
    void theKernelSaysOnceWhereRequestsGo() {
        executed.forEach((name, nb) -> {
            String all = outputs(nb).stream().map(o -> o.path("text").toString() + html(o)).reduce("", String::concat);
            int lines = all.split("civkit 0\\.1\\.0 \\| orchestrator at " + Pattern.quote(proxy.baseUrl()), -1).length - 1;
            assertEquals(1, lines, name + ": the start-up banner, once (the session's first-use line must not repeat it)");
        });
    }

    /** An img element with inline data, whatever attributes come before its src. */
    private static final Pattern INLINE_IMAGE = Pattern.compile("<img\\b[^>]*\\bsrc=\"data:image/");

    @Test
    void everyNotebookShowsAPicture() {
        executed.forEach((name, nb) -> {
            long images = outputs(nb).stream()
                    .filter(o -> INLINE_IMAGE.matcher(html(o)).find() || o.path("data").has("image/png")).count();
            assertTrue(images >= 1, name + " shows no inline image");
        });
    }

    /**
     * With a token every submission is paid: a request must never go out twice under two idempotency
     * keys (the same body, externalId aside), in one notebook or across the course. The idempotency
     * lesson sends one request twice under one key, and the service makes one workflow of it.
     */
    @Test
    void nothingIsSentTwiceUnderTwoKeysAndOneKeyMakesOneWorkflow() {
        Map<String, Set<String>> keysByBody = new LinkedHashMap<>();
        Map<String, Set<String>> workflowsByKey = new LinkedHashMap<>();
        Map<String, Integer> sendsByKey = new LinkedHashMap<>();
        for (RecordingProxy.Submission s : proxy.submissions()) {
            if (s.isWhatif()) continue;
            ObjectNode body = (ObjectNode) Json.parse(s.requestBody());
            String key = body.path("externalId").asString("");
            assertFalse(key.isEmpty(), "a submission without an idempotency key: " + s.requestBody());
            body.remove("externalId");
            keysByBody.computeIfAbsent(body.toString(), b -> new java.util.TreeSet<>()).add(key);
            sendsByKey.merge(key, 1, Integer::sum);
            if (s.status() / 100 == 2)
                workflowsByKey.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(Json.parse(s.responseBody()).path("id").asString());
        }
        assertFalse(keysByBody.isEmpty(), "the proxy saw no submission: are the notebooks pointed at it?");
        keysByBody.forEach((body, keys) -> assertEquals(1, keys.size(), "sent under " + keys.size() + " keys " + keys + ": " + body));
        workflowsByKey.forEach((key, ids) -> assertEquals(1, ids.size(), "key " + key + " answered by workflows " + ids));
        List<String> repeated = sendsByKey.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertTrue(repeated.contains("workshop-paper-boat-1"), "the idempotency lesson's key was not sent twice: " + sendsByKey);
        assertEquals(workflowsByKey.size(), sandbox.workflowsCreated(),
                "the service made a workflow per key, no more: " + sendsByKey);
    }

    @Test
    void committedNotebooksAreSmallExecutedAndCarryNoSecretsOrTempPaths() throws Exception {
        for (Path nb : notebooks()) {
            String text = Files.readString(nb, StandardCharsets.UTF_8);
            assertTrue(Files.size(nb) < 1_500_000, nb + " is " + Files.size(nb) + " bytes");
            assertEquals("civkit", Json.parse(text).path("metadata").path("kernelspec").path("name").asString(), nb.toString());
            assertTrue(text.contains("\"output_type\""), nb + " was committed without outputs");
            assertFalse(text.contains("/tmp/"), nb + " shows a temp path");
            String token = System.getenv("CIVITAI_API_TOKEN");
            if (token != null && !token.isBlank()) assertFalse(text.contains(token), nb + " contains the API token");
            assertFalse(text.matches("(?s).*with token [^\"|]*[A-Za-z0-9]{12}.*"), nb + " shows a token");
        }
    }

    /** nbformat stores multi-line text either as one string or as a list of lines. */
    static String html(JsonNode output) {
        JsonNode h = output.path("data").path("text/html");
        if (!h.isArray()) return h.asString("");
        StringBuilder b = new StringBuilder();
        for (JsonNode line : h) b.append(line.asString());
        return b.toString();
    }
}
