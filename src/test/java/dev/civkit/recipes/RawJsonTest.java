package dev.civkit.recipes;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.session.Quote;
import dev.civkit.SandboxFixture;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.dsl.Priority;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.json.Json;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bodies pasted from the docs go out as they came in; recipe bodies become one-step workflows. */
class RawJsonTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    static Stream<String> workflowBodies() {
        return DocsBodies.all().stream().filter(DocsBodies::isWorkflow).map(DocsBodies::file);
    }

    static Stream<String> recipeBodies() {
        return DocsBodies.all().stream().filter(d -> d.recipeType() != null).map(DocsBodies::file);
    }

    @Test
    void theDocsHold64WorkflowBodiesAnd7RecipeBodies() {
        assertEquals(64, workflowBodies().count());
        assertEquals(7, recipeBodies().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflowBodies")
    void everyWorkflowBodyRoundTripsUnchanged(String file) {
        JsonNode body = DocsBodies.load(file).body();
        WorkflowBuilder w = WorkflowBuilder.fromJson(null, Json.write(body));
        assertEquals(body, w.toJsonNode());
        assertEquals(body.get("steps").size(), w.stepTypes().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipeBodies")
    void everyRecipeBodyBecomesAOneStepWorkflow(String file) {
        DocsBodies d = DocsBodies.load(file);
        WorkflowBuilder w = WorkflowBuilder.fromRecipe(null, d.recipeType(), Json.write(d.body()));
        JsonNode expected = Json.parse("{\"steps\":[{\"$type\":\"" + d.recipeType() + "\",\"input\":" + Json.write(d.body()) + "}]}");
        assertEquals(expected, w.toJsonNode());
    }

    @Test
    void unknownFieldsAtEveryLevelSurvive() {
        String text = """
                {"steps":[{"$type":"brandNewStep","name":"a","somethingNew":{"x":[1,2.5,null]},"input":{"k":"v","nested":{"deep":true}}}],
                 "tags":["t"],"futureFlag":true,"currencies":["yellow"],"upgradeMode":"manual","arguments":{"p":"cat"}}""";
        assertEquals(Json.parse(text), WorkflowBuilder.fromJson(null, text).toJsonNode());
    }

    @Test
    void pastedWorkflowCanStillBeEditedAndExtended() {
        String text = "{\"steps\":[{\"$type\":\"imageGen\",\"name\":\"gen\",\"priority\":\"low\",\"input\":{\"engine\":\"flux\",\"prompt\":\"p\"}}]}";
        WorkflowBuilder w = WorkflowBuilder.fromJson(null, text);
        w.imageUpscaler().image(dev.civkit.dsl.StepRef.firstImage("gen"));
        JsonNode out = w.toJsonNode();
        assertEquals("low", out.get("steps").get(0).get("priority").asString());
        assertEquals("gen", out.get("steps").get(1).get("input").get("image").get("$ref").asString());
    }

    @Test
    void comparisonIsStrictEnoughToFail() {
        // guards the round-trip assertions: a changed number or a dropped field is a difference
        JsonNode a = Json.parse("{\"steps\":[{\"$type\":\"x\",\"input\":{\"cfgScale\":7}}]}");
        assertNotEquals(a, Json.parse("{\"steps\":[{\"$type\":\"x\",\"input\":{\"cfgScale\":7.5}}]}"));
        assertNotEquals(a, Json.parse("{\"steps\":[{\"$type\":\"x\",\"input\":{}}]}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{\"tags\":[]}", "{\"steps\":{}}", "{\"steps\":[{\"input\":{}}]}", "{\"steps\":[{\"$type\":\"x\",\"input\":[1]}]}", "{nope"})
    void malformedBodiesFailBeforeSendingWithAFieldPath(String text) {
        long before = fx.sandbox.requestCount();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> WorkflowBuilder.fromJson(fx.session, text).submit());
        assertFalse(e.field().isBlank());
        assertEquals(before, fx.sandbox.requestCount());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sdxl-0", "flux2-0", "wan-0", "training-flux1-0", "3d-6", "ace-step-audio-0", "transcription-1"})
    void docsBodiesArePricedByTheSandboxOverHttp(String file) {
        int created = fx.sandbox.workflowsCreated();
        long requests = fx.sandbox.requestCount();
        Quote q = WorkflowBuilder.fromJson(fx.session, Json.write(DocsBodies.load(file).body())).whatif();
        assertTrue(q.total() > 0, q.toString());
        assertEquals(created, fx.sandbox.workflowsCreated(), "whatif creates nothing");
        assertTrue(fx.sandbox.requestCount() > requests, "went over HTTP");
    }

    @Test
    void typedAndRecipeWorkflowsArePricedToo() {
        Quote typed = fx.workflow().imageGen().flux2().pro().createImage().prompt("a lighthouse").size(1024, 1024).name("gen")
                .then().imageUpscaler().image(fx.workflow().imageGen().flux2().pro().createImage().prompt("x").name("gen").firstImage())
                .numberOfRepeats(2).whatif();
        assertTrue(typed.total() > 0, typed.toString());
        DocsBodies d = DocsBodies.load("image-upscaler-0");
        Quote recipe = WorkflowBuilder.fromRecipe(fx.session, d.recipeType(), Json.write(d.body())).whatif();
        assertTrue(recipe.total() > 0, recipe.toString());
    }

    @Test
    void typedStepsStartFromTheWorkflowAndReturnToIt() {
        WorkflowBuilder w = new WorkflowBuilder(null);
        var gen = w.imageGen().sdcpp().sdxl().createImage().model("urn:air:sdxl:checkpoint:civitai:101055@128078").prompt("p").name("gen");
        assertSame(w, gen.then());
        gen.then().argument("scale", 2).imageUpscaler().image(gen.firstImage()).priority(Priority.HIGH)
                .set("numberOfRepeats", dev.civkit.dsl.StepRef.argument("scale"));
        ObjectNode body = (ObjectNode) w.toJsonNode();
        assertEquals(List.of("imageGen", "imageUpscaler"), w.stepTypes());
        assertEquals(Json.parse("{\"$ref\":\"gen\",\"path\":\"output.images[0].url\"}"), body.get("steps").get(1).get("input").get("image"));
        assertEquals(Json.parse("{\"$ref\":\"$arguments\",\"path\":\"scale\"}"), body.get("steps").get(1).get("input").get("numberOfRepeats"));
    }
}
