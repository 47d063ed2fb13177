package dev.civkit.dsl;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.civkit.json.Json;
import org.junit.jupiter.api.Test;

/** The DSL writes exactly the docs' quick-start body: nothing the user did not set. */
@Tag("unit")
class QuickStartJsonTest {
    static final String QUICK_START = """
            {"steps":[{"$type":"imageGen","input":{"engine":"flux","prompt":"A cat astronaut floating through neon space","width":1024,"height":1024}}]}""";

    @Test
    void quickStartLineProducesTheDocsBody() {
        // No session is needed to write JSON: toJson() never talks to a server.
        WorkflowBuilder w = new WorkflowBuilder(null)
                .imageGen(i -> i.engine("flux").prompt("A cat astronaut floating through neon space").size(1024, 1024));
        assertEquals(Json.parse(QUICK_START), w.toJsonNode());
        assertEquals(QUICK_START, w.toJson(), "toJson() is the compact body, as sent");
    }

    @Test
    void stepOptionsAndWorkflowLabelsAppearOnlyWhenSet() {
        WorkflowBuilder w = new WorkflowBuilder(null)
                .imageGen(i -> i.engine("flux").prompt("p").name("gen").priority(Priority.HIGH)
                        .timeout(java.time.Duration.ofMinutes(10)).retries(2).metadata("k", 1))
                .step("imageUpscaler", java.util.Map.of("image", StepRef.firstImage("gen"), "scaleFactor", 2), s -> s.name("up"))
                .tags("demo", "cats").metadata("run", "a").externalId("run-42")
                .callback("https://example.test/hook", "workflow:succeeded", "step:*");
        String expected = """
                {"steps":[
                  {"$type":"imageGen","name":"gen","priority":"high","timeout":"00:10:00","retries":2,"metadata":{"k":1},
                   "input":{"engine":"flux","prompt":"p"}},
                  {"$type":"imageUpscaler","name":"up","input":{"image":{"$ref":"gen","path":"output.images[0].url"},"scaleFactor":2}}],
                 "tags":["demo","cats"],"metadata":{"run":"a"},
                 "callbacks":[{"url":"https://example.test/hook","type":["workflow:succeeded","step:*"]}],
                 "externalId":"run-42"}""";
        assertEquals(Json.parse(expected), w.toJsonNode());
    }

    @Test
    void genericStepTakesJsonTextOrAMap() {
        WorkflowBuilder a = new WorkflowBuilder(null).step("echo", "{\"message\":\"hi\",\"n\":[1,2]}");
        WorkflowBuilder b = new WorkflowBuilder(null).step("echo", java.util.Map.of("message", "hi", "n", java.util.List.of(1, 2)));
        assertEquals(a.toJsonNode(), b.toJsonNode());
        assertEquals("echo", a.toJsonNode().get("steps").get(0).get("$type").asString());
    }
}
