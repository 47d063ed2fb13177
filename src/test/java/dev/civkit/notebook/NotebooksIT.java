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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Every notebook in notebooks/ executed headlessly on the packaged jar's kernel against the
 * sandbox; what they show in JupyterLab 4 and Notebook 7 is checked by {@link NotebooksInBrowserIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksIT {
    private static final Path NOTEBOOKS = Path.of("notebooks");
    private static final Path JAR = Path.of("target", "civkit.jar");
    private Path work;
    private Map<String, String> env;
    private final Map<String, JsonNode> executed = new LinkedHashMap<>();

    @BeforeAll
    void executeAll() throws Exception {
        Jupyter.requireJupyter();
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR + " is missing");
        work = Files.createTempDirectory("civkit-notebooks-it");
        Path prefix = work.resolve("jupyter");
        KernelCommand.installUnder(prefix, JAR.toAbsolutePath().toString(), true);
        env = Map.of("JUPYTER_PATH", prefix.resolve("share/jupyter").toString(), "JUPYTER_DATA_DIR", work.resolve("data").toString());
        for (Path nb : notebooks()) {
            Path copy = work.resolve(nb.getFileName());
            Files.copy(nb, copy);
            Jupyter.Result r = Jupyter.run(List.of(Jupyter.JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute", "--inplace",
                    "--ExecutePreprocessor.timeout=180", "--ExecutePreprocessor.kernel_name=civkit", copy.getFileName().toString()), work, env, 600);
            assertEquals(0, r.code(), "nbconvert failed on " + nb + ":\n" + r.output());
            executed.put(nb.getFileName().toString(), Json.parse(Files.readAllBytes(copy)));
        }
    }

    static List<Path> notebooks() throws Exception {
        try (Stream<Path> s = Files.list(NOTEBOOKS)) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertTrue(all.size() >= 4, "the notebooks: " + all);
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
            int lines = all.split("civkit 0\\.1\\.0 \\| sandbox orchestrator at ", -1).length - 1;
            assertEquals(1, lines, name + ": the start-up banner, once (the session's first-use line must not repeat it)");
        });
    }

    @Test
    void quickStartAndGalleryShowImages() {
        for (String name : List.of("01-quickstart.ipynb", "04-demo-gallery.ipynb")) {
            long images = outputs(executed.get(name)).stream()
                    .filter(o -> html(o).contains("<img src=\"data:image/")).count();
            assertTrue(images >= 1, name + " shows no inline image");
        }
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
