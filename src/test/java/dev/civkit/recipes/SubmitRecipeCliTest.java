package dev.civkit.recipes;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code submit FILE --recipe TYPE} takes the docs' recipe bodies (one step's input), which a
 * plain {@code submit} refuses for want of steps.
 */
class SubmitRecipeCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    /** Neither a token nor a URL: the CLI starts its own in-process sandbox; journal and outputs stay in the temp folder. */
    Run cli(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Method run = Class.forName("dev.civkit.cli.Main").getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class, Map.class);
        run.setAccessible(true);
        Map<String, String> env = Map.of("CIVKIT_JOURNAL", journal().toString(), "CIVKIT_OUTPUT_DIR", dir.resolve("outputs").toString());
        int code = (int) run.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path journal() {
        return dir.resolve("journal.jsonl");
    }

    Path docsRecipe(String name) throws Exception {
        DocsBodies d = DocsBodies.load(name);
        assertNotNull(d.recipeType(), name + " is a recipe body");
        Path f = dir.resolve(name + ".json");
        Files.writeString(f, d.body().toString());
        return f;
    }

    @Test
    void aRecipeBodyWithoutRecipeIsRefusedWithTheHint() throws Exception {
        Run r = cli("submit", docsRecipe("image-upscaler-0").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--recipe imageUpscaler") || r.err().contains("--recipe TYPE"), r.err());
    }

    @Test
    void aRecipeBodyRunsAsAOneStepWorkflowUnderAnIdempotencyKey() throws Exception {
        DocsBodies d = DocsBodies.load("image-upscaler-0");
        Path f = docsRecipe("image-upscaler-0");
        Run r = cli("submit", f.toString(), "--recipe", d.recipeType(), "--wait", "30");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("succeeded"), r.out());

        // the journal's intent line is what lets a lost answer be recovered by key
        Path journal = journal();
        List<JsonNode> intents = Files.readAllLines(journal).stream().map(Json::parse)
                .filter(n -> n.path("event").asString().equals("intent"))
                .filter(n -> n.path("request").path("steps").path(0).path("input").equals(d.body()))
                .toList();
        assertFalse(intents.isEmpty(), "an intent with the recipe body as its one step's input");
        JsonNode last = intents.get(intents.size() - 1);
        assertEquals("imageUpscaler", last.path("request").path("steps").path(0).path("$type").asString());
        assertEquals(1, last.path("request").path("steps").size());
        assertTrue(last.path("externalId").asString().startsWith("civkit-"), last.toString());
    }

    @Test
    void aRecipeCanBePricedOnly() throws Exception {
        Run r = cli("submit", docsRecipe("image-upscaler-0").toString(), "--recipe", "imageUpscaler", "--whatif");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().toLowerCase().contains("buzz"), r.out());
    }

    @Test
    void recipeRefusesAWorkflowBody() throws Exception {
        Path f = dir.resolve("wf.json");
        Files.writeString(f, "{\"steps\":[{\"$type\":\"imageUpscaler\",\"input\":{\"image\":\"https://example.test/a.png\"}}]}");
        Run r = cli("submit", f.toString(), "--recipe", "imageUpscaler");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--recipe"), r.err());
        assertTrue(r.err().contains("steps"), r.err());
    }

    @Test
    void recipeNeedsAStepType() throws Exception {
        Run r = cli("submit", docsRecipe("image-upscaler-0").toString(), "--recipe", "not a type!");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--recipe"), r.err());
    }

    @Test
    void helpDescribesRecipe() throws Exception {
        Run r = cli("submit", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--recipe TYPE"), r.out());
        assertTrue(r.out().contains("/v2/consumer/recipes/"), r.out());
    }
}
