package dev.civkit.dsl;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * toJson() is the complete JSON as a String whatever its length: what a small workflow writes to a
 * file, a big one writes too (a summary that only reads as JSON when short would break that code).
 */
@Tag("unit")
class ToJsonIsDataTest {
    @TempDir
    Path dir;

    private static WorkflowBuilder steps(int n) {
        WorkflowBuilder w = new WorkflowBuilder(null).imageGen(i -> i.engine("flux").prompt("a lighthouse at dusk, step zero").size(512, 512).name("gen"));
        for (int i = 1; i < n; i++) w.step("echo", Map.of("message", "step " + i + " of " + n), s -> {});
        return w;
    }

    @Test
    void filesWriteStringWritesTheWholeBodyForOneAndFortySteps() throws Exception {
        for (int n : new int[] {1, 40}) {
            WorkflowBuilder w = steps(n);
            Path file = Files.writeString(dir.resolve("w" + n + ".json"), w.toJson());
            var back = Json.parse(Files.readString(file));
            assertEquals(n, back.get("steps").size(), "every step is in the file");
            assertEquals(w.toJsonNode(), back, "the file is the body");
            assertEquals("step " + (n - 1) + " of " + n, back.get("steps").get(n - 1).get("input").path("message").asString(n == 1 ? "step 0 of 1" : null));
        }
        assertTrue(steps(40).toJson().length() > 2000, "the 40-step body is well past what JShell shows of a value");
    }

    @Test
    void toJsonAndToJsonNodePrintNothingAndPrintJsonPrintsItWhole() {
        PrintStream was = System.out;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        WorkflowBuilder w = steps(40);
        try {
            System.setOut(new PrintStream(seen, true, StandardCharsets.UTF_8));
            w.toJson();
            w.toJsonNode();
            w.imageGen().flux2().pro().createImage().prompt("a fox".repeat(400)).toJson();
            assertEquals("", seen.toString(StandardCharsets.UTF_8), "methods that return data print nothing");
            w.printJson();
        } finally {
            System.setOut(was);
        }
        String printed = seen.toString(StandardCharsets.UTF_8);
        assertEquals(w.toJsonNode(), Json.parse(printed), "printJson() prints all of it");
        assertTrue(printed.lines().count() > 40, "indented, a line a field");
    }

    @Test
    void aStepsToJsonIsTheWholeStepAndItsNodeACopy() {
        var step = new WorkflowBuilder(null).imageGen().flux2().pro().createImage().prompt("x".repeat(3000)).size(1024, 1024).name("big");
        var node = Json.parse(step.toJson());
        assertEquals("x".repeat(3000), node.get("input").get("prompt").asString());
        assertEquals("big", node.get("name").asString());
        ((tools.jackson.databind.node.ObjectNode) step.toJsonNode().get("input")).put("prompt", "changed");
        assertEquals(node, Json.parse(step.toJson()), "changing the tree changes nothing in the step");
    }
}
