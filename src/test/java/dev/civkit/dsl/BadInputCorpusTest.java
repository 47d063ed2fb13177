package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More invalid uses, on top of DslValidationTest's: DSL, raw request bodies, and the CLI. Each
 * fails before sending, naming the field and the rule; the sandbox sees no request.
 */
class BadInputCorpusTest {
    static final String AIR = "urn:air:sdxl:lora:civitai:1@2";

    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass();

    static Stream<Arguments> dsl() {
        return Stream.of(
                bad("steps[0].input.prompt", "is required", w -> w.imageGen(i -> i.engine("flux"))),
                bad("steps[0].input.height", "at most 4096", w -> w.imageGen(i -> i.engine("flux").prompt("p").size(512, 99_999))),
                bad("steps[0].input.steps", "positive", w -> w.imageGen(i -> i.engine("flux").prompt("p").steps(0))),
                bad("steps[0].input.steps", "at most 200", w -> w.imageGen(i -> i.engine("flux").prompt("p").steps(500))),
                bad("steps[0].input.quantity", "at most 10", w -> w.imageGen(i -> i.engine("flux").prompt("p").quantity(11))),
                bad("steps[0].input.cfgScale", "0 or more", w -> w.imageGen(i -> i.engine("flux").prompt("p").cfgScale(-1))),
                bad("steps[0].input.seed", "0 to 4294967295", w -> w.imageGen(i -> i.engine("flux").prompt("p").seed(1L << 33))),
                bad("steps[0].input.model", "must be an AIR", w -> w.imageGen(i -> i.engine("sdcpp").prompt("p").model("urn:air:sdxl:checkpoint"))),
                bad("steps[0].input.diffuserModel", "must be an AIR", w -> w.imageGen(i -> i.engine("flux").prompt("p").diffuserModel("urn:air:flux1:diffuser:civitai"))),
                bad("steps[0].input.model", "non-blank", w -> w.imageGen(i -> i.engine("sdcpp").prompt("p").model(" "))),
                bad("steps[0].input.loras", "must be an AIR", w -> w.imageGen(i -> i.engine("sdcpp").prompt("p").lora("my-lora", 0.8))),
                bad("steps[0].input.loras", "must be an AIR", w -> w.imageGen(i -> i.engine("sdcpp").prompt("p").lora("urn:air:sdxl:lora:civitai:1 2@3", 1))),
                bad("steps[0].input.loras", "strength must be a number", w -> w.imageGen(i -> i.engine("sdcpp").prompt("p").set("loras", Map.of(AIR, "strong")))),
                bad("externalId", "1 to 128", w -> w.externalId("x".repeat(129))),
                bad("externalId", "1 to 128", w -> w.externalId("")),
                bad("externalId", "got null", w -> w.externalId(null)),
                bad("externalId", "A-Z a-z 0-9", w -> w.externalId("../etc")),
                bad("steps[0].input.message", "sets none", w -> w.step("echo", Map.of("message", StepRef.of("$arguments", "x")))),
                bad("steps[0].input.message", "does not have", w -> w.step("echo", Map.of("message", StepRef.of("$5", "output")))),
                bad("steps[0].input", "loops back", w -> w.step("echo", Map.of("message", StepRef.of("me", "output.message")), s -> s.name("me"))),
                bad("tags", "must not be blank", w -> w.tag(" ")),
                bad("name", "must not start with $", w -> w.step("echo", Map.of(), s -> s.name("$0"))),
                bad("metadata", "keys must not be blank", w -> w.metadata("", 1)),
                bad("steps", "add steps with", w -> w.set("steps", 1)),
                bad("echo.input", "must not be null", w -> w.step("echo", (Map<String, ?>) null)),
                bad("callbacks.type", "at least one event type", w -> w.callback("https://x.test/h")),
                bad("callbacks.type", "event types", w -> w.callback("https://x.test/h", "run:*")),
                bad("arguments", "keys must not be blank", w -> w.argument(" ", 1)));
    }

    static Arguments bad(String field, String rule, Function<WorkflowBuilder, WorkflowBuilder> use) {
        return Arguments.of(field, rule, use);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dsl")
    void dslFailsBeforeSending(String field, String rule, Function<WorkflowBuilder, WorkflowBuilder> use) {
        long before = fx.sandbox.requestCount();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> use.apply(fx.workflow()).submit());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
        assertEquals(before, fx.sandbox.requestCount());
    }

    static final String STEP = "{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"p\"}}";

    static Stream<Arguments> rawBodies() {
        String tags11 = "\"tags\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]";
        return Stream.of(
                Arguments.of("externalId", "A-Z a-z 0-9", "{\"externalId\":\"a/b\",\"steps\":[" + STEP + "]}"),
                Arguments.of("externalId", "A-Z a-z 0-9", "{\"externalId\":42,\"steps\":[" + STEP + "]}"),
                Arguments.of("tags", "at most 10 tags", "{" + tags11 + ",\"steps\":[" + STEP + "]}"),
                Arguments.of("tags", "at most 200 characters", "{\"tags\":[\"" + "t".repeat(201) + "\"],\"steps\":[" + STEP + "]}"),
                Arguments.of("steps[1].input.image", "does not have", "{\"steps\":[" + STEP + ",{\"$type\":\"imageUpscaler\",\"input\":{\"image\":{\"$ref\":\"nope\",\"path\":\"output\"}}}]}"),
                Arguments.of("steps[0].input", "comes later", "{\"steps\":[{\"$type\":\"echo\",\"name\":\"a\",\"input\":{\"m\":{\"$ref\":\"b\",\"path\":\"o\"}}},{\"$type\":\"echo\",\"name\":\"b\",\"input\":{\"m\":{\"$ref\":\"a\",\"path\":\"o\"}}}]}"),
                Arguments.of("steps[0]", "JSON object", "{\"steps\":[\"imageGen\"]}"),
                Arguments.of("steps[0].input", "JSON object", "{\"steps\":[{\"$type\":\"imageGen\",\"input\":[1]}]}"),
                Arguments.of("steps[0].$type", "is required", "{\"steps\":[{\"$type\":\"not a type\",\"input\":{}}]}"),
                Arguments.of("steps", "non-empty", "{\"steps\":{}}"));
    }

    @ParameterizedTest(name = "raw {0}: {1}")
    @MethodSource("rawBodies")
    void rawBodiesFailBeforeSending(String field, String rule, String json) {
        long before = fx.sandbox.requestCount();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> fx.session.submit(Json.parse(json), 0));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
        assertEquals(before, fx.sandbox.requestCount());
    }

    static Stream<Arguments> cli() throws Exception {
        Path broken = Files.writeString(Files.createTempFile(fx.outputs, "civkit-bad", ".json"), "{\"steps\": [");
        Path array = Files.writeString(Files.createTempFile(fx.outputs, "civkit-bad", ".json"), "[1,2]");
        Path badKey = Files.writeString(Files.createTempFile(fx.outputs, "civkit-bad", ".json"), "{\"externalId\":\"no spaces\",\"steps\":[" + STEP + "]}");
        return Stream.of(
                Arguments.of("is not valid JSON", new String[] {"submit", broken.toString()}),
                Arguments.of("is a JSON object with \"steps\"", new String[] {"submit", array.toString()}),
                Arguments.of("externalId: must be 1 to 128", new String[] {"submit", badKey.toString()}),
                Arguments.of("cannot read", new String[] {"submit", fx.outputs.resolve("missing.json").toString()}),
                Arguments.of("--wait takes a whole number", new String[] {"submit", broken.toString(), "--wait", "soon"}),
                Arguments.of("--wait must be between 0 and", new String[] {"get", "wf_x", "--wait", "-1"}),
                Arguments.of("unknown option --frobnicate", new String[] {"submit", broken.toString(), "--frobnicate", "1"}),
                Arguments.of("submit takes one FILE", new String[] {"submit", "a.json", "b.json"}),
                Arguments.of("get takes one workflow id", new String[] {"get"}),
                Arguments.of("--faults: fault 500 rate must be from 0 to 1", new String[] {"sandbox", "--port", "0", "--faults", "500=2"}),
                Arguments.of("--faults: unknown fault 'bogus'", new String[] {"sandbox", "--port", "0", "--faults", "bogus=0.1"}),
                Arguments.of("--fault-seed needs --faults", new String[] {"sandbox", "--port", "0", "--fault-seed", "3"}),
                Arguments.of("--workflows must be between 1 and", new String[] {"soak", "--workflows", "0"}),
                Arguments.of("--concurrency takes a whole number", new String[] {"soak", "--concurrency", "many"}));
    }

    @ParameterizedTest(name = "cli {0}")
    @MethodSource("cli")
    void cliFailsWithExit2BeforeSending(String message, String[] args) throws Exception {
        long before = fx.sandbox.requestCount();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        // Pointed at this sandbox, a CLI that sent anything would move its request count.
        Map<String, String> env = Map.of("CIVITAI_BASE_URL", fx.sandbox.baseUrl(),
                "CIVKIT_JOURNAL", fx.outputs.resolve("cli-journal.jsonl").toString(), "CIVKIT_OUTPUT_DIR", fx.outputs.resolve("cli-outputs").toString());
        Method run = Class.forName("dev.civkit.cli.Main").getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class, Map.class);
        run.setAccessible(true);
        int code = (int) run.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(message), err.toString(StandardCharsets.UTF_8));
        assertEquals(before, fx.sandbox.requestCount());
    }
}
