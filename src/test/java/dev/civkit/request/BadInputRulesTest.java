package dev.civkit.request;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.Civkit;
import dev.civkit.SandboxFixture;
import dev.civkit.WithCivkit;
import dev.civkit.dsl.Priority;
import dev.civkit.dsl.StepRef;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.session.WorkflowHandle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of issue 11, one stream of cases per rule, over the DSL, the session verbs
 * and the CLI alike. Every case is refused before anything is sent: the message names the field or
 * parameter, says the rule and what was given, the sandbox sees no request, and a valid workflow
 * runs right after in the same session.
 */
class BadInputRulesTest {
    @RegisterExtension
    // Workflows finish at once: the valid one after each of ~170 refusals costs a request, not a wait.
    static final SandboxFixture fx = SandboxFixture.forClass(dev.civkit.sandbox.SandboxConfig.defaults()
            .withQueueTime(Duration.ZERO).withRunTime(Duration.ofMillis(1)));

    static final String AIR = "urn:air:sdxl:lora:civitai:1@2";
    static final String STEP = "{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"p\"}}";
    static final String LONE = "\uD83D"; // the first half of an emoji

    /** A user action that must be refused. */
    interface Use {
        void run(WithCivkit civkit) throws Exception;
    }

    static WithCivkit civkit;
    static Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        civkit = Civkit.on(fx.session);
        dir = Files.createDirectories(fx.outputs.resolve("bad-input"));
    }

    static Arguments refused(String rule, String field, String says, String given, Use use) {
        return Arguments.of(rule, field, says, given, use);
    }

    static WorkflowBuilder w() {
        return civkit.workflow();
    }

    static WorkflowBuilder flux(Consumer<dev.civkit.dsl.ImageGen> more) {
        return w().imageGen(i -> {
            i.engine("flux").prompt("p");
            more.accept(i);
        });
    }

    static Map<String, Object> cyclicMap() {
        Map<String, Object> m = new HashMap<>();
        m.put("self", m);
        return m;
    }

    static List<Object> cyclicList() {
        List<Object> l = new ArrayList<>();
        l.add(l);
        return l;
    }

    static Object nested(int depth) {
        Object v = "bottom";
        for (int i = 0; i < depth; i++) v = i % 2 == 0 ? Map.of("n", v) : List.of(v);
        return v;
    }

    static String nestedJson(int depth) {
        return "{\"steps\":[{\"$type\":\"echo\",\"input\":{\"m\":" + "[".repeat(depth) + "]".repeat(depth) + "}}]}";
    }

    // ---- 1. null ---------------------------------------------------------------------------------

    static Stream<Arguments> nulls() {
        return Stream.of(
                refused("null", "imageGen(spec)", "must not be null", "null", c -> c.workflow().imageGen((Consumer<dev.civkit.dsl.ImageGen>) null)),
                refused("null", "priority", "must not be null", "null", c -> flux(i -> i.priority((Priority) null))),
                refused("null", "tags", "must not be null", "null", c -> w().tags((String[]) null)),
                refused("null", "tags", "got null", "null", c -> w().tags("a", null)),
                refused("null", "tag", "got null", "null", c -> w().tag(null)),
                refused("null", "metadata", "must not be null", "null", c -> w().metadata((Map<String, ?>) null)),
                refused("null", "metadata", "got null", "null", c -> w().metadata(null, 1)),
                refused("null", "lora(air, strength)", "must not be null", "null", c -> w().imageGen(i -> i.engine("sdcpp").prompt("p").lora(null, 0.8))),
                refused("null", "upload(file)", "must not be null", "null", c -> c.upload((String) null)),
                refused("null", "upload(image)", "must not be null", "null", c -> c.upload((java.awt.image.RenderedImage) null)),
                refused("null", "workflow(id)", "must not be null", "null", c -> c.workflow((String) null)),
                refused("null", "workflowFromJson(text)", "must not be null", "null", c -> c.workflowFromJson(null)),
                refused("null", "workflowFromRecipe", "must not be null", "null", c -> c.workflowFromRecipe(null, "{}")),
                refused("null", "recipe(type, input)", "must not be null", "null", c -> c.recipe("imageGen", null)),
                refused("null", "sweep(template)", "must not be null", "null", c -> c.sweep(null)),
                refused("null", "replay(manifest)", "must not be null", "null", c -> c.replay(null)),
                refused("null", "compare(handles)", "must not be null", "null", c -> c.compare((WorkflowHandle[]) null)),
                refused("null", "gallery(handles)", "must not be null", "null", c -> c.gallery((List<WorkflowHandle>) null)),
                refused("null", "service(id)", "must not be null", "null", c -> c.service(null)),
                refused("null", "services(query)", "must not be null", "null", c -> c.services(null)),
                refused("null", "prompt(text)", "must not be null", "null", c -> w().imageGen(i -> i.engine("flux").prompt(null))),
                refused("null", "$type", "step type", "null", c -> w().step((String) null, Map.of())),
                refused("null", "timeout", "must not be null", "null", c -> flux(i -> i.timeout(null))),
                refused("null", "callbacks.url", "needs a URL", "null", c -> w().callback(null, "workflow:*")),
                refused("null", "on(session)", "pass a Session", "", c -> Civkit.on(null)));
    }

    // ---- 2. numbers ------------------------------------------------------------------------------

    static Stream<Arguments> numbers() {
        return Stream.of(
                refused("numbers", "imageGen.input.cfgScale", "finite", "NaN", c -> flux(i -> i.cfgScale(Double.NaN)).submit()),
                refused("numbers", "imageGen.input.cfgScale", "finite", "Infinity", c -> flux(i -> i.cfgScale(Double.POSITIVE_INFINITY)).submit()),
                refused("numbers", "imageGen.input.loras", "finite", "NaN", c -> w().imageGen(i -> i.engine("sdcpp").prompt("p").lora(AIR, Double.NaN)).submit()),
                refused("numbers", "imageGen.input.loras", "finite", "Infinity", c -> w().imageGen(i -> i.engine("sdcpp").prompt("p").lora(AIR, Double.NEGATIVE_INFINITY)).submit()),
                refused("numbers", "imageGen.input.loras", "strength", "NaN", c -> w().imageGen(i -> i.engine("sdcpp").prompt("p").loras(Map.of(AIR, Float.NaN))).submit()),
                refused("numbers", "guidance", "finite", "NaN", c -> flux(i -> i.set("guidance", Double.NaN)).submit()),
                refused("numbers", "guidance", "finite", "Infinity", c -> flux(i -> i.set("guidance", Float.POSITIVE_INFINITY)).submit()),
                refused("numbers", "metadata.score", "finite", "NaN", c -> w().metadata("score", Double.NaN)),
                refused("numbers", "metadata.score", "finite", "-Infinity", c -> w().metadata("score", Double.NEGATIVE_INFINITY)),
                refused("numbers", "arguments.x", "finite", "NaN", c -> w().argument("x", Double.NaN)),
                refused("numbers", "metadata.list[1]", "finite", "NaN", c -> w().metadata("list", List.of(1.0, Double.NaN))),
                refused("numbers", "input.v", "finite", "Infinity", c -> w().step("echo", Map.of("v", Double.POSITIVE_INFINITY)).submit()),
                refused("numbers", "metadata.big", "64 bits", "1000000000000000000000", c -> w().metadata("big", new BigInteger("1000000000000000000000"))),
                refused("numbers", "metadata.huge", "out of range", "1E+400", c -> w().metadata("huge", new BigDecimal("1e400"))),
                refused("numbers", "steps[0].input.v", "out of range", "1E+400", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"input\":{\"v\":1e400}}]}")),
                refused("numbers", "steps[0].input.v", "out of range", "-1E+400", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"input\":{\"v\":-1e400}}]}")),
                refused("numbers", "steps[0].input.v", "64 bits", "123456789012345678901234567890", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"input\":{\"v\":123456789012345678901234567890}}]}")),
                refused("numbers", "workflowFromJson(text)", "not valid JSON", "NaN", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"input\":{\"v\":NaN}}]}")),
                refused("numbers", "cfgScale", "out of range", "1E+999", c -> c.workflowFromRecipe("imageGen", "{\"engine\":\"flux\",\"prompt\":\"p\",\"cfgScale\":1e999}")),
                refused("numbers", "cfgScale", "out of range", "1E+400", c -> c.recipe("imageGen", "{\"engine\":\"flux\",\"prompt\":\"p\",\"cfgScale\":1e400}")),
                refused("numbers", "steps[0].input.quantity", "at most 10", "11", c -> flux(i -> i.quantity(11)).submit()),
                refused("numbers", "steps[0].input.quantity", "positive", "0", c -> flux(i -> i.set("quantity", 0)).submit()),
                refused("numbers", "steps[0].input.quantity", "1 to 10", "20", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"p\",\"quantity\":20}}]}").submit()),
                refused("numbers", "steps[0].input.width", "1 to 4096", "0", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"p\",\"width\":0}}]}").submit()),
                refused("numbers", "steps[0].input.height", "positive", "2.5", c -> flux(i -> i.set("height", 2.5)).submit()),
                refused("numbers", "steps[0].input.seed", "0 to 4294967295", "-1", c -> flux(i -> i.seed(-1)).submit()),
                refused("numbers", "steps[0].input.steps", "positive", "-3", c -> flux(i -> i.steps(-3)).submit()),
                refused("numbers", "budget(buzz)", "finite", "NaN", c -> c.budget(Double.NaN)),
                refused("numbers", "budget(buzz)", "", "-5", c -> c.budget(-5)),
                refused("numbers", "await(limit)", "positive Duration", "PT-1S", c -> done(c).await(Duration.ofSeconds(-1))),
                refused("numbers", "submit(waitSeconds)", "0 to 100 seconds", "-1", c -> c.workflow().step("echo", Map.of()).submit(-1)),
                refused("numbers", "submit(waitSeconds)", "0 to 100 seconds", "2147483647", c -> c.workflow().step("echo", Map.of()).submit(Integer.MAX_VALUE)),
                refused("numbers", "take(n)", "0 or more", "-1", c -> c.workflows().take(-1)),
                refused("null", "compare(handles)", "at least one", "none", c -> c.compare()),
                refused("null", "sweep.cfgScale", "is null", "value 1", c -> c.sweep(flux(i -> {})).vary("cfgScale", 3, null)),
                refused("numbers", "await(limit)", "must not be null", "null", c -> done(c).await(null)),
                refused("numbers", "download(limit)", "positive Duration", "PT0S", c -> done(c).download(Duration.ZERO)),
                refused("text", "tag(tag)", "at most 200 characters", "201", c -> done(c).tag("t".repeat(201))),
                refused("config", "terminalImages(mode)", "not a mode", "bogus", c -> Civkit.terminalImages("bogus")));
    }

    // ---- 3. text ---------------------------------------------------------------------------------

    static Stream<Arguments> text() {
        return Stream.of(
                refused("text", "imageGen.input.prompt", "unpaired surrogate", "\\uD83D", c -> w().imageGen(i -> i.engine("flux").prompt("a cat " + LONE)).submit()),
                refused("text", "imageGen.input.negativePrompt", "unpaired surrogate", "\\uDE00", c -> flux(i -> i.negativePrompt("\uDE00 blurry")).submit()),
                refused("text", "tags", "unpaired surrogate", "\\uD83D", c -> w().tag("tag" + LONE)),
                refused("text", "metadata", "unpaired surrogate", "\\uD83D", c -> w().metadata("k" + LONE, 1)),
                refused("text", "metadata.note", "unpaired surrogate", "\\uD83D", c -> w().metadata("note", LONE)),
                refused("text", "arguments.p", "unpaired surrogate", "\\uD83D", c -> w().argument("p", new StringBuilder(LONE))),
                refused("text", "echo.input.message", "unpaired surrogate", "\\uDC00", c -> w().step("echo", Map.of("message", "\uDC00")).submit()),
                refused("text", "workflowFromJson(text)", "unpaired surrogate", "\\uD83D", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"input\":{\"m\":\"" + LONE + "\"}}]}")),
                refused("text", "steps[0].input.m", "unpaired surrogate", "\\uD83D", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"input\":{\"m\":\"\\uD83D\"}}]}")),
                refused("text", "externalId", "A-Z a-z 0-9", "\\uD83D", c -> w().externalId("id" + LONE)),
                refused("text", "name", "unpaired surrogate", "\\uD83D", c -> flux(i -> i.name("s" + LONE)).submit()),
                refused("text", "callbacks.url", "", "\\uD83D", c -> w().callback("https://x.test/h" + LONE, "workflow:*")));
    }

    // ---- 4. JSON values ------------------------------------------------------------------------

    static Stream<Arguments> jsonValues() {
        return Stream.of(
                refused("json", "metadata.t", "java.lang.Thread", "Thread", c -> w().metadata("t", new Thread(() -> {}))),
                refused("json", "metadata.o", "java.lang.Object", "Object", c -> w().metadata("o", new Object())),
                refused("json", "arguments.f", "java.io.File", "File", c -> w().argument("f", new java.io.File("x"))),
                refused("json", "metadata.p", "Path", "Path", c -> w().metadata("p", Path.of("x"))),
                refused("json", "imageGen.input.when", "java.time", "Instant", c -> flux(i -> i.set("when", java.time.Instant.EPOCH)).submit()),
                refused("json", "metadata.id", "java.util.UUID", "UUID", c -> w().metadata("id", java.util.UUID.randomUUID())),
                refused("json", "metadata.m", "keys", "Integer", c -> w().metadata("m", Map.of(1, "a"))),
                refused("json", "metadata.self", "contains itself", "", c -> w().metadata("self", cyclicMap())),
                refused("json", "metadata", "contains itself", "", c -> w().metadata(cyclicMap())),
                refused("json", "arguments.l", "contains itself", "", c -> w().argument("l", cyclicList())),
                refused("json", "echo.input", "contains itself", "", c -> w().step("echo", cyclicMap())),
                refused("json", "recipe(type, input)", "contains itself", "", c -> c.recipe("echo", cyclicMap())),
                refused("json", "metadata.deep", "nests deeper than", "", c -> w().metadata("deep", nested(500))),
                refused("json", "echo.input.v", "nests deeper than", "", c -> w().step("echo", Map.of("v", nested(200))).submit()),
                refused("json", "workflowFromJson(text)", "nest", "", c -> c.workflowFromJson(nestedJson(5000))),
                refused("json", "metadata.sb", "lambda", "java.lang.Runnable", c -> w().metadata("sb", (Runnable) () -> {})),
                refused("json", "imageGen.input.image", "java.awt", "BufferedImage", c -> flux(i -> i.set("image", new java.awt.image.BufferedImage(1, 1, 1))).submit()),
                refused("json", "metadata.cls", "java.lang.Class", "Class", c -> w().metadata("cls", String.class)),
                refused("json", "metadata.m", "keys", "null key", c -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put(null, 1);
                    w().metadata("m", m);
                }),
                refused("json", "updateStep(name, metadata)", "java.lang.Thread", "Thread", c -> {
                    WorkflowHandle h = c.workflow().step("echo", Map.of("message", "hi")).submit(30);
                    long after = fx.sandbox.requestCount();
                    mark(after);
                    h.updateStep("$0", Map.of("t", new Thread(() -> {})));
                }),
                refused("json", "metadata.when", "java.util.Date", "Date", c -> {
                    WorkflowHandle h = c.workflow().step("echo", Map.of("message", "hi")).submit(30);
                    mark(fx.sandbox.requestCount());
                    h.metadata("when", new java.util.Date(0));
                }));
    }

    // ---- 5. pasted JSON --------------------------------------------------------------------------

    static Stream<Arguments> pastedJson() throws Exception {
        return Stream.of(
                refused("pasted", "workflowFromJson(text)", "duplicate key", "\"steps\"", c -> c.workflowFromJson("{\"steps\":[],\n\"steps\":[" + STEP + "]}")),
                refused("pasted", "workflowFromJson(text)", "line 3", "\"prompt\"", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"imageGen\",\n\"input\":{\"prompt\":\"a\",\n\"prompt\":\"b\",\"engine\":\"flux\"}}]}")),
                refused("pasted", "imageGen.input", "duplicate key", "\"engine\"", c -> c.workflowFromRecipe("imageGen", "{\"engine\":\"flux\",\"engine\":\"sdcpp\",\"prompt\":\"p\"}")),
                refused("pasted", "recipe(type, input)", "duplicate key", "\"prompt\"", c -> c.recipe("imageGen", "{\"engine\":\"flux\",\"prompt\":\"a\",\"prompt\":\"b\"}")),
                refused("pasted", "workflowFromJson(text)", "not valid JSON", "", c -> c.workflowFromJson("{\"steps\": [")),
                refused("pasted", "workflowFromJson(text)", "not valid JSON", "", c -> c.workflowFromJson("{\"steps\":[" + STEP + "]} trailing")),
                refused("pasted", "workflowFromJson(text)", "empty", "", c -> c.workflowFromJson("   ")),
                refused("pasted", "workflowFromJson(text)", "not valid JSON", "", c -> c.workflowFromJson("{'steps': []}")),
                refused("pasted", "workflowFromJson(text)", "JSON object", "", c -> c.workflowFromJson("[1, 2]")),
                refused("pasted", "workflowFromJson(text)", "limited to", "", c -> c.workflowFromJson("{\"steps\":[],\"x\":\"" + "a".repeat((int) Limits.MAX_JSON_BYTES) + "\"}")),
                refused("pasted", "$type", "step type", "not a type", c -> c.workflowFromRecipe("not a type", "{}")));
    }

    // ---- 6. workflow structure ---------------------------------------------------------------

    static Stream<Arguments> structure() {
        return Stream.of(
                refused("structure", "steps[1].name", "must be unique", "\"a\"", c -> w().step("echo", Map.of("m", 1), s -> s.name("a")).step("echo", Map.of("m", 2), s -> s.name("a")).submit()),
                refused("structure", "steps[1].name", "must be unique", "\"a\"", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"name\":\"a\",\"input\":{}},{\"$type\":\"echo\",\"name\":\"a\",\"input\":{}}]}").submit()),
                refused("structure", "steps[0].input", "comes later", "b", c -> w().step("echo", Map.of("m", StepRef.of("b", "output")), s -> s.name("a")).step("echo", Map.of("m", 1), s -> s.name("b")).submit()),
                refused("structure", "steps[0].input", "comes later", "$1", c -> w().step("echo", Map.of("m", StepRef.of("$1", "output"))).step("echo", Map.of("m", 1)).submit()),
                refused("structure", "steps[0].input", "loops back", "me", c -> w().step("echo", Map.of("m", StepRef.of("me", "output")), s -> s.name("me")).submit()),
                refused("structure", "steps[0].input", "loops back", "$0", c -> w().step("echo", Map.of("m", StepRef.of("$0", "output"))).submit()),
                refused("structure", "steps[0].input", "comes later", "$1", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"input\":{\"m\":{\"$ref\":\"$1\",\"path\":\"output\"}}},{\"$type\":\"echo\",\"input\":{}}]}").submit()),
                refused("structure", "callbacks.url", "absolute http(s) URL", "has spaces", c -> w().callback("https://x.test/has spaces", "workflow:*")),
                refused("structure", "callbacks.url", "absolute http(s) URL", "http://", c -> w().callback("http://", "workflow:*")),
                refused("structure", "callbacks.url", "absolute http(s) URL", "/hook", c -> w().callback("/hook", "workflow:*")),
                refused("structure", "callbacks.url", "absolute http(s) URL", "ftp://x.test/h", c -> w().callback("ftp://x.test/h", "workflow:*")),
                refused("structure", "callbacks.url", "absolute http(s) URL", "not a url", c -> w().callback("not a url", "workflow:*")),
                refused("structure", "callbacks[0].url", "absolute http(s) URL", "http:///x", c -> c.workflowFromJson("{\"steps\":[" + STEP + "],\"callbacks\":[{\"url\":\"http:///x\",\"type\":[\"workflow:*\"]}]}").submit()),
                refused("structure", "timeout", "at least 1 second", "PT0.5S", c -> flux(i -> i.timeout(Duration.ofMillis(500)))),
                refused("structure", "timeout", "at least 1 second", "PT0S", c -> flux(i -> i.timeout(Duration.ZERO))),
                refused("structure", "timeout", "at least 1 second", "PT-5S", c -> flux(i -> i.timeout(Duration.ofSeconds(-5)))),
                refused("structure", "steps[0].timeout", "at least 1 second", "00:00:00", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"timeout\":\"00:00:00\",\"input\":{}}]}").submit()),
                refused("structure", "steps[0].timeout", "hh:mm:ss", "soon", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"timeout\":\"soon\",\"input\":{}}]}").submit()),
                // Names the kit later puts in a URL (h.step(name), untag(tag)) are refused when written, not after paying.
                refused("structure", "name", "h.step(name) puts it in the URL", "a/b", c -> flux(i -> i.name("a/b"))),
                refused("structure", "name", "cannot contain '?'", "a?b", c -> w().step("echo", Map.of("m", 1), s -> s.name("a?b"))),
                refused("structure", "name", "'.' or '..'", "..", c -> w().step("echo", Map.of("m", 1), s -> s.name(".."))),
                refused("structure", "name", "spaces", "my step", c -> w().imageGen().flux2().pro().createImage().name("my step")),
                refused("structure", "name", "start or end with a space", "gen ", c -> flux(i -> i.name("gen "))),
                refused("structure", "steps[1].name", "h.step(name) puts it in the URL", "a/b", c -> c.workflowFromJson("{\"steps\":[" + STEP + ",{\"$type\":\"echo\",\"name\":\"a/b\",\"input\":{}}]}")),
                refused("structure", "steps[0].name", "must be text", "NUMBER", c -> c.workflowFromJson("{\"steps\":[{\"$type\":\"echo\",\"name\":7,\"input\":{}}]}")),
                refused("structure", "tags", "untag(tag) puts it in the URL", "a/b", c -> w().tags("cats", "a/b")),
                refused("structure", "tags", "cannot contain '%'", "100%", c -> w().tag("100%")),
                refused("structure", "tags[1]", "'.' or '..'", "..", c -> c.workflowFromJson("{\"steps\":[" + STEP + "],\"tags\":[\"ok\",\"..\"]}").submit()),
                refused("structure", "tags[0]", "cannot contain '#'", "x#y", c -> flux(i -> {}).set("tags", List.of("x#y")).toJson()),
                refused("structure", "untag(tag)", "cannot contain '/'", "a/b", c -> done(c).untag("a/b")),
                refused("structure", "steps", "at least one step", "", c -> w().submit()),
                refused("structure", "steps[0].$type", "is required", "", c -> c.workflowFromJson("{\"steps\":[{\"input\":{}}]}").submit()));
    }

    // ---- 7. ids and paths ------------------------------------------------------------------------

    static Stream<Arguments> ids() throws Exception {
        Path empty = Files.createFile(Files.createDirectories(fx.outputs.resolve("bad-files")).resolve("empty.png"));
        return Stream.of(
                refused("ids", "workflow(id)", "'.' or '..'", "\".\"", c -> c.workflow(".")),
                refused("ids", "workflow(id)", "'.' or '..'", "\"..\"", c -> c.workflow("..")),
                refused("ids", "workflow(id)", "must not be empty", "\"\"", c -> c.workflow("")),
                refused("ids", "workflow(id)", "must not be empty", "\"  \"", c -> c.workflow("  ")),
                refused("ids", "workflow(id)", "'/'", "a/b", c -> c.workflow("wf_a/b")),
                refused("ids", "workflow(id)", "'\\'", "wf_a\\b", c -> c.workflow("wf_a\\b")),
                refused("ids", "workflow(id)", "'?'", "?", c -> c.workflow("wf_a?wait=1")),
                refused("ids", "workflow(id)", "'#'", "#", c -> c.workflow("wf_a#b")),
                refused("ids", "workflow(id)", "'%'", "%2e", c -> c.workflow("%2e%2e")),
                refused("ids", "workflow(id)", "control characters", "\\u000A", c -> c.workflow("wf_a\nb")),
                refused("ids", "workflow(id)", "at most", "", c -> c.workflow("w".repeat(5000))),
                refused("ids", "service(id)", "'.' or '..'", "..", c -> c.service("..")),
                refused("ids", "service(id)", "each part", "image/../x", c -> c.service("image/../x")),
                refused("ids", "service(id)", "each part", "image//x", c -> c.service("image//x")),
                refused("ids", "stepName", "'.' or '..'", "..", c -> {
                    WorkflowHandle h = c.workflow().step("echo", Map.of("message", "hi")).submit(30);
                    mark(fx.sandbox.requestCount());
                    h.updateStep("..", Map.of("k", 1));
                }),
                refused("ids", "upload(file)", "no such file", "missing.png", c -> c.upload(dir.resolve("missing.png").toString())),
                refused("ids", "upload(file)", "is empty", "empty.png", c -> c.upload(empty.toString())),
                refused("ids", "upload(file)", "is a folder", "bad-input", c -> c.upload(dir.toString())),
                refused("ids", "upload(file)", "not a regular file", "/dev/zero", c -> c.upload("/dev/zero")),
                refused("ids", "upload(file)", "blank", "", c -> c.upload(" ")),
                refused("ids", "upload(file)", "takes images", "notes.txt", c -> c.upload(Files.writeString(dir.resolve("notes.txt"), "not a picture").toString())),
                refused("ids", "replay(manifest)", "no such file", "manifest.json", c -> c.replay(dir.resolve("nowhere/manifest.json").toString())),
                refused("ids", "download(dir)", "is a file, not a folder", "a-file", c -> {
                    WorkflowHandle h = done(c);
                    h.download(Files.writeString(dir.resolve("a-file"), "x"));
                }),
                refused("ids", "air(text)", "must be an AIR", "not an air", c -> c.air("not an air")),
                refused("ids", "resource(air)", "must be an AIR", "urn:air:", c -> c.resource("urn:air:")));
    }

    // ---- 8. configuration --------------------------------------------------------------------

    static final String SECRET = "sk-secret-1234";

    static Stream<Arguments> configuration() {
        return Stream.of(
                refused("config", "token", "cannot carry", "", c -> dev.civkit.client.ApiToken.of(SECRET + "\nX-Evil: 1")),
                refused("config", "token", "cannot carry", "", c -> dev.civkit.client.ApiToken.of(SECRET + "\u00e9")),
                refused("config", "token", "cannot carry", "", c -> dev.civkit.client.ApiToken.of(SECRET + "\u0000")),
                refused("config", "CIVITAI_API_TOKEN", "cannot carry", "", c -> dev.civkit.session.Session.fromEnvironment(
                        Map.of("CIVITAI_API_TOKEN", SECRET + "\r\nX-Evil: 1"), System.out, false).close()),
                refused("config", "baseUrl", "absolute http(s) URL", "ftp://x", c -> dev.civkit.client.ClientConfig.of("ftp://x", null)),
                refused("config", "baseUrl", "CIVITAI_BASE_URL", "not a url", c -> dev.civkit.session.Session.fromEnvironment(
                        Map.of("CIVITAI_BASE_URL", "not a url"), System.out, false).close()));
    }

    static Stream<Arguments> all() throws Exception {
        return Stream.of(nulls(), numbers(), text(), jsonValues(), pastedJson(), structure(), ids(), configuration()).flatMap(s -> s);
    }

    /** A finished workflow for the handle's verbs; what it costs in requests is marked, not counted. */
    static WorkflowHandle done(WithCivkit c) {
        WorkflowHandle h = c.workflow().step("echo", Map.of("message", "hi")).submit(30).await(Duration.ofSeconds(30));
        mark(fx.sandbox.requestCount());
        return h;
    }

    private static final ThreadLocal<Long> MARK = new ThreadLocal<>();

    /** For a case that first does valid work: the request count from which nothing more may be sent. */
    static void mark(long requests) {
        MARK.set(requests);
    }

    @ParameterizedTest(name = "[{0}] {1}: {2}")
    @MethodSource("all")
    void refusedBeforeAnythingIsSent(String rule, String field, String says, String given, Use use) {
        MARK.remove();
        long before = fx.sandbox.requestCount();
        Throwable t = assertThrows(Throwable.class, () -> use.run(civkit));
        if (MARK.get() != null) before = MARK.get();
        assertInstanceOf(InvalidRequestException.class, t, () -> "not the kit's refusal: " + stack(t));
        String msg = t.getMessage();
        assertTrue(msg.contains(field), () -> "the message should name " + field + ": " + msg);
        assertTrue(msg.contains(says), () -> "the message should say '" + says + "': " + msg);
        assertTrue(msg.contains(given), () -> "the message should show what was given (" + given + "): " + msg);
        assertFalse(msg.contains(SECRET), "a token is never shown");
        assertTrue(msg.length() < 600, () -> "one message, not a wall: " + msg.length() + " chars");
        assertEquals(before, fx.sandbox.requestCount(), "nothing may be sent for " + field);
    }

    /** After every refusal the same session still runs a valid workflow. */
    @AfterEach
    void theSessionGoesOn() {
        WorkflowHandle h = civkit.workflow().step("echo", Map.of("message", "still here")).submit(30);
        assertEquals("succeeded", h.status(), "answered finished by the held submit");
    }

    /** A limit longer than anyone waits means no limit; it is not an arithmetic overflow. */
    @Test
    void hugeLimitsMeanNoLimit() {
        WorkflowHandle h = civkit.workflow().step("echo", Map.of("message", "x")).submit(30);
        assertEquals("succeeded", h.await(Duration.ofSeconds(Long.MAX_VALUE)).status());
        assertNotNull(h.download(Duration.ofSeconds(Long.MAX_VALUE)));
    }

    @Test
    void aByteOrderMarkBeforePastedJsonIsNotAnError() {
        assertEquals(List.of("echo"), civkit.workflowFromJson("\uFEFF{\"steps\":[{\"$type\":\"echo\",\"input\":{}}]}").stepTypes());
    }

    @Test
    void validUnicodeIsSentExactly() {
        String prompt = "a cat 🐱‍🚀 in مرحبا with e\u0301 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
        WorkflowHandle h = civkit.workflow().step("echo", Map.of("message", prompt)).submit(30);
        assertEquals(prompt, h.await(Duration.ofSeconds(30)).workflow().steps().get(0).input().get("message").asString());
    }

    // ---- 9. the CLI (and its files: rules 5, 7 and 8 through the command line) ---------------------

    static Stream<Arguments> cli() throws Exception {
        Path files = Files.createDirectories(fx.outputs.resolve("cli-files"));
        Path good = Files.writeString(files.resolve("good.json"), "{\"steps\":[" + STEP + "]}");
        Path dup = Files.writeString(files.resolve("dup.json"), "{\"steps\":[" + STEP + "],\n\"steps\":[]}");
        Path huge = files.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024 * 1024); // sparse: 2 GB that costs no disk
        }
        Path png = files.resolve("picture.json");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Path latin1 = Files.write(files.resolve("latin1.json"), "{\"steps\":[{\"$type\":\"echo\",\"input\":{\"m\":\"caf\u00e9\"}}]}".getBytes(StandardCharsets.ISO_8859_1));
        Path nan = Files.writeString(files.resolve("big.json"), "{\"steps\":[{\"$type\":\"echo\",\"input\":{\"v\":1e400}}]}");
        Path notDir = Files.writeString(files.resolve("a-file.txt"), "x");
        return Stream.of(
                Arguments.of("/dev/zero", "not a regular file", new String[] {"submit", "/dev/zero"}, Map.of()),
                Arguments.of("cli-files", "is a folder", new String[] {"submit", files.toString()}, Map.of()),
                Arguments.of("picture.json", "not UTF-8", new String[] {"submit", png.toString()}, Map.of()),
                Arguments.of("latin1.json", "UTF-8", new String[] {"submit", latin1.toString()}, Map.of()),
                Arguments.of("huge.json", "at most", new String[] {"submit", huge.toString()}, Map.of()),
                Arguments.of("dup.json", "duplicate key \"steps\"", new String[] {"submit", dup.toString()}, Map.of()),
                Arguments.of("big.json", "out of range", new String[] {"submit", nan.toString(), "--whatif"}, Map.of()),
                Arguments.of("missing.json", "no such file", new String[] {"submit", files.resolve("missing.json").toString()}, Map.of()),
                Arguments.of("--download", "not a folder", new String[] {"submit", good.toString(), "--download", notDir.toString()}, Map.of()),
                Arguments.of("--download", "not a folder", new String[] {"submit", good.toString(), "--download", notDir.resolve("sub").toString()}, Map.of()),
                Arguments.of("--wait", "whole number", new String[] {"submit", good.toString(), "--wait", "soon"}, Map.of()),
                Arguments.of("--wait", "between 0 and", new String[] {"submit", good.toString(), "--wait", "-5"}, Map.of()),
                Arguments.of("--frobnicate", "unknown option", new String[] {"submit", good.toString(), "--frobnicate", "1"}, Map.of()),
                Arguments.of("WORKFLOW_ID", "'.' or '..'", new String[] {"get", ".."}, Map.of()),
                Arguments.of("WORKFLOW_ID", "'/'", new String[] {"get", "wf_a/../b"}, Map.of()),
                Arguments.of("CIVITAI_API_TOKEN", "cannot carry", new String[] {"get", "wf_x"}, Map.of("CIVITAI_API_TOKEN", SECRET + "\nX-Evil: 1")),
                Arguments.of("--bind", "999.1.1.1", new String[] {"sandbox", "--bind", "999.1.1.1", "--port", "0"}, Map.of()),
                Arguments.of("--port", "between 0 and 65535", new String[] {"sandbox", "--port", "70000"}, Map.of()),
                Arguments.of("--port", "0 to 65535", new String[] {"notebook", "--port", "abc"}, Map.of()),
                Arguments.of("--port", "0 to 65535", new String[] {"notebook", "--port=70000"}, Map.of()),
                Arguments.of("nowhere", "is not a folder", new String[] {"notebook", "nowhere"}, Map.of()),
                Arguments.of("--rounds", "unknown option", new String[] {"bench", "--rounds", "3"}, Map.of()));
    }

    @ParameterizedTest(name = "cli {0}: {1}")
    @MethodSource("cli")
    void cliRefusesWithExit2BeforeSending(String names, String says, String[] args, Map<String, String> extraEnv) throws Exception {
        long before = fx.sandbox.requestCount();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Map<String, String> env = new LinkedHashMap<>(Map.of("CIVITAI_BASE_URL", fx.sandbox.baseUrl(),
                "CIVKIT_JOURNAL", fx.outputs.resolve("cli-journal.jsonl").toString(), "CIVKIT_OUTPUT_DIR", fx.outputs.resolve("cli-outputs").toString()));
        env.putAll(extraEnv);
        Method run = Class.forName("dev.civkit.cli.Main").getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class, Map.class);
        run.setAccessible(true);
        int code = (int) run.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, e);
        assertTrue(e.contains(names), () -> "should name " + names + ": " + e);
        assertTrue(e.contains(says), () -> "should say " + says + ": " + e);
        assertFalse(e.contains("\tat "), () -> "no stack trace for a user mistake: " + e);
        assertFalse(e.contains(SECRET), "a token is never shown");
        assertTrue(e.strip().lines().count() <= 3, () -> "a short message: " + e);
        assertEquals(before, fx.sandbox.requestCount(), "nothing may be sent");
    }

    private static String stack(Throwable t) {
        var s = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(s));
        return s.toString();
    }
}
