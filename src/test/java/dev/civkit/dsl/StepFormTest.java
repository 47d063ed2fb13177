package dev.civkit.dsl;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.json.Json;
import dev.civkit.request.InvalidRequestException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A step's form is read from its typed builder, for every kind of builder; the values it sets go
 * through the builder's setters; and its "show code" line, typed into JShell, makes the same request.
 */
@Tag("unit")
class StepFormTest {
    static JShell shell;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local").out(new PrintStream(new ByteArrayOutputStream())).build();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) shell.addToClasspath(entry);
        // The session's imports; workflow() and workflowFromJson() as the session has them, without a session.
        for (String s : List.of("import java.util.*;", "import java.time.*;", "import dev.civkit.dsl.*;",
                "WorkflowBuilder workflow() { return new WorkflowBuilder(null); }",
                "WorkflowBuilder workflowFromJson(String t) { return WorkflowBuilder.fromJson(null, t); }",
                "boolean same(String expected, WorkflowBuilder w) { return dev.civkit.json.Json.parse(w.toJson())"
                        + ".equals(dev.civkit.json.Json.parse(expected)); }"))
            assertOk(s);
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    static String assertOk(String code) {
        List<SnippetEvent> events = shell.eval(code);
        for (SnippetEvent e : events) {
            if (e.exception() != null) fail(code + "\n threw " + e.exception());
            if (e.status() == Snippet.Status.REJECTED)
                fail(code + "\n does not compile: " + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
        }
        return events.get(events.size() - 1).value();
    }

    /** The line the form shows, typed into JShell, gives the request the form sends. */
    static void sameRequestFromCode(StepForm form, Map<String, ?> values) {
        JsonNode sent = form.request(values);
        String code = form.code(values);
        assertEquals("true", assertOk("same(" + DslCode.quote(Json.write(sent)) + ", " + code + ")"), code);
    }

    static WorkflowBuilder w() {
        return new WorkflowBuilder(null);
    }

    @Test
    void theLambdaBuilderGivesPromptSizeSlidersSeedAndAnEngineChoice() {
        StepForm f = StepForm.of(w().imageGen(i -> i.engine("flux").prompt("a fox").size(832, 1216).cfgScale(6.5)));
        assertEquals(StepForm.Kind.LONG_TEXT, f.input("prompt").orElseThrow().kind());
        assertEquals(StepForm.Kind.LONG_TEXT, f.input("negativePrompt").orElseThrow().kind());
        StepForm.Input size = f.input("size").orElseThrow();
        assertEquals(StepForm.Kind.SIZE, size.kind());
        assertTrue(size.choices().contains("832x1216") && size.choices().contains("1024x1024"), size.choices().toString());
        assertEquals("700x900", StepForm.of(w().imageGen(i -> i.engine("flux").prompt("p").size(700, 900))).input("size").orElseThrow()
                .choices().get(0), "a size of the workflow's own is offered first");
        assertTrue(f.input("width").isEmpty(), "width and height are one size");
        StepForm.Input cfg = f.input("cfgScale").orElseThrow();
        assertTrue(cfg.bounded() && cfg.kind() == StepForm.Kind.NUMBER, cfg.toString());
        assertEquals(StepForm.Kind.SEED, f.input("seed").orElseThrow().kind());
        StepForm.Input engine = f.input("engine").orElseThrow();
        assertEquals(StepForm.Kind.CHOICE, engine.kind());
        assertTrue(engine.choices().containsAll(List.of("flux", "flux2", "sdcpp", "openai")), engine.choices().toString());
        assertEquals(Map.of("engine", "flux", "prompt", "a fox", "size", "832x1216", "cfgScale", 6.5), f.initial());
        assertEquals("prompt", f.inputs().get(0).name(), "the prompt comes first");
        assertTrue(f.inputs().stream().filter(StepForm.Input::common).map(StepForm.Input::name).toList()
                .containsAll(List.of("prompt", "size", "steps", "cfgScale", "sampler", "seed", "quantity")));
    }

    @Test
    void typedBuildersOfferTheirEnumsAndTheOfficialValuesAsChoices() {
        StepForm klein = StepForm.of(w().imageGen().flux2().klein().createImage().prompt("a fox").then());
        assertEquals(StepForm.Kind.CHOICE, klein.input("modelVersion").orElseThrow().kind());
        assertTrue(klein.input("modelVersion").orElseThrow().choices().containsAll(List.of("4b", "9b")),
                klein.input("modelVersion").toString());
        assertTrue(klein.input("engine").isEmpty(), "a typed chain fixed the engine");
        StepForm sdxl = StepForm.of(w().imageGen().sdcpp().sdxl().createImage().model("urn:air:sdxl:checkpoint:civitai:101055@128078")
                .prompt("p").then());
        StepForm.Input sampler = sdxl.input("sampleMethod").orElseThrow();
        assertEquals(StepForm.Kind.CHOICE, sampler.kind());
        assertTrue(sampler.choices().contains(SampleMethod.EULER_A.toString()), sampler.choices().toString());
        assertTrue(sdxl.input("size").isPresent());
        assertEquals(StepForm.Kind.TOGGLE, StepForm.of(w().imageGen().flux2().pro().createImage().prompt("p").then())
                .input("enablePromptExpansion").orElseThrow().kind());
        assertFalse(klein.toString().isBlank());
    }

    @Test
    void probingAChoiceLeavesTheStepAsItWas() {
        WorkflowBuilder wf = w().imageGen().flux2().klein().createImage().prompt("a fox").then();
        String before = Json.write(wf.template());
        StepForm.of(wf);
        assertEquals(before, Json.write(wf.template()));
    }

    @Test
    void valuesGoThroughTheSettersAndBadOnesAreRefusedByName() {
        WorkflowBuilder wf = w().imageGen(i -> i.engine("flux").prompt("a fox"));
        StepForm f = StepForm.of(wf);
        JsonNode r = f.request(Map.of("size", "768x512", "cfgScale", 7, "seed", 42L, "prompt", "a wolf"));
        assertEquals(768, r.at("/steps/0/input/width").asInt());
        assertEquals(512, r.at("/steps/0/input/height").asInt());
        assertEquals("a wolf", r.at("/steps/0/input/prompt").asString());
        assertEquals("a fox", wf.template().at("/steps/0/input/prompt").asString(), "the workflow is left as it was");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> f.request(Map.of("quantity", 0)));
        assertEquals("steps[0].input.quantity", e.field());
        assertThrows(InvalidRequestException.class, () -> f.request(Map.of("size", "big")));
        StepForm klein = StepForm.of(w().imageGen().flux2().klein().createImage().prompt("a fox").then());
        assertThrows(InvalidRequestException.class, () -> klein.request(Map.of("modelVersion", "7b")));
    }

    @Test
    void aPastedStepIsReadFromItsJson() {
        StepForm f = StepForm.of(WorkflowBuilder.fromJson(null,
                "{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"a cat\",\"width\":512,\"height\":512,\"seed\":3}}]}"));
        assertEquals(StepForm.Kind.LONG_TEXT, f.input("prompt").orElseThrow().kind());
        assertEquals(StepForm.Kind.SIZE, f.input("size").orElseThrow().kind());
        assertEquals(StepForm.Kind.SEED, f.input("seed").orElseThrow().kind());
        assertEquals(9, f.request(Map.of("seed", 9)).at("/steps/0/input/seed").asInt());
    }

    @Test
    void showCodeMakesTheSameRequestForEveryKindOfBuilder() {
        Map<String, Object> v = new HashMap<>(Map.of("prompt", "a \"quoted\" fox\non two lines", "seed", 4_000_000_000L, "size", "768x512"));
        sameRequestFromCode(StepForm.of(w().imageGen(i -> i.engine("flux").prompt("p").cfgScale(6.5).lora("urn:air:sdxl:lora:civitai:1@2", 0.8)
                .name("gen")).tags("demo", "x").metadata("run", 7).externalId("ext-1")), v);
        sameRequestFromCode(StepForm.of(w().imageGen().sdcpp().sdxl().createImage().model("urn:air:sdxl:checkpoint:civitai:101055@128078")
                .prompt("p").sampleMethod(SampleMethod.EULER_A).steps(25).then()), Map.of("cfgScale", 7.5, "quantity", 2));
        sameRequestFromCode(StepForm.of(w().imageGen().flux2().klein().createImage().prompt("a fox").modelVersion("9b").then()),
                Map.of("modelVersion", "4b", "size", "1024x1024"));
        sameRequestFromCode(StepForm.of(w().imageGen().sdcpp().sdxl().createVariant().model("urn:air:sdxl:checkpoint:civitai:101055@128078")
                .prompt("p").image("https://example.test/a.png").strength(0.4).then()), Map.of("strength", 0.7));
        sameRequestFromCode(StepForm.of(w().videoGen().veo3().prompt("waves").generateAudio(true).then()), Map.of());
        WorkflowBuilder two = w();
        var gen = two.imageGen().flux2().pro().createImage().prompt("a fox").size(1024, 1024).name("gen");
        gen.then().imageUpscaler().image(gen.firstImage()).numberOfRepeats(2);
        sameRequestFromCode(StepForm.of(two), Map.of("prompt", "a hare"));
        sameRequestFromCode(StepForm.of(WorkflowBuilder.fromJson(null,
                "{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"a cat\"}}],\"nsfwLevel\":\"pg\"}")), Map.of("prompt", "a dog"));
    }

    @Test
    void theCodeReadsLikeTheDsl() {
        StepForm f = StepForm.of(w().imageGen(i -> i.engine("flux").prompt("a fox")));
        assertEquals("workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a fox\").cfgScale(7.0))", f.code(Map.of("cfgScale", 7)));
        StepForm sdxl = StepForm.of(w().imageGen().sdcpp().sdxl().createImage().model("urn:air:sdxl:checkpoint:civitai:101055@128078")
                .prompt("p").sampleMethod(SampleMethod.EULER_A).then());
        String code = sdxl.code(Map.of());
        assertTrue(code.startsWith("workflow().imageGen().sdcpp().sdxl().createImage().model(\"urn:air:sdxl:checkpoint:civitai:101055@128078\")"), code);
        assertTrue(code.contains("sampleMethod(SampleMethod.EULER_A)") && code.endsWith(".then()"), code);
    }

    @Test
    void aSizeReadsAsOneCallWhereTheBuilderOffersIt() {
        StepForm flux = StepForm.of(w().imageGen(i -> i.engine("flux").prompt("a fox").size(1024, 1024)));
        assertEquals("workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a fox\").size(832, 1216))", flux.code(Map.of("size", "832x1216")));
        sameRequestFromCode(flux, Map.of("size", "832x1216"));
        StepForm typed = StepForm.of(w().imageGen().sdcpp().sdxl().createImage().model("urn:air:sdxl:checkpoint:civitai:101055@128078")
                .prompt("p").then());
        String code = typed.code(Map.of("size", "1216x832"));
        assertTrue(code.contains(".size(1216, 832)") && !code.contains("width("), code);
        sameRequestFromCode(typed, Map.of("size", "1216x832"));
        // A pasted step has no size(…): its two fields stay two.
        StepForm pasted = StepForm.of(w().step("imageGen", Map.of("engine", "flux", "prompt", "p", "width", 512, "height", 512)));
        sameRequestFromCode(pasted, Map.of("size", "768x768"));
    }
}
