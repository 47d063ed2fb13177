package dev.civkit.sandbox;

import static dev.civkit.sandbox.SandboxClient.assertSchema;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class ValidationTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxClient.fast());
    static final Sandbox sandbox = fx.sandbox;
    static final SandboxClient api = new SandboxClient(sandbox);

    private JsonNode rejected(String body, String expectedKey) {
        int before = sandbox.workflowsCreated();
        var r = api.post("/v2/consumer/workflows", body);
        assertEquals(400, r.status(), body);
        assertEquals("application/problem+json", r.header("Content-Type"));
        JsonNode problem = r.json();
        assertSchema("ValidationProblemDetails", problem);
        assertSchema("ProblemDetails", problem);
        assertEquals(400, problem.get("status").asInt());
        assertNotNull(problem.get("title").asString(null));
        assertNotNull(problem.get("type").asString(null));
        assertTrue(problem.get("errors").has(expectedKey), () -> "expected key " + expectedKey + " in " + problem);
        assertFalse(problem.get("errors").get(expectedKey).get(0).asString().isBlank());
        assertEquals(before, sandbox.workflowsCreated(), "nothing created");
        return problem;
    }

    private static String step(String type, String input) {
        return "{\"steps\":[{\"$type\":\"" + type + "\",\"input\":" + input + "}]}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "malformed JSON           | `{\"steps\": [`                                                         | $",
        "array body               | `[1,2]`                                                                 | $",
        "missing steps            | `{\"tags\":[]}`                                                         | steps",
        "empty steps              | `{\"steps\":[]}`                                                        | steps",
        "unknown $type            | `{\"steps\":[{\"$type\":\"makeCoffee\",\"input\":{}}]}`                 | steps[0].$type",
        "missing $type            | `{\"steps\":[{\"input\":{}}]}`                                          | steps[0].$type",
        "imageGen without engine  | `{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"prompt\":\"x\"}}]}`   | steps[0].input.engine",
        "zero width               | `{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"width\":0,\"height\":64}}]}`       | steps[0].input.width",
        "huge height              | `{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"width\":64,\"height\":5000}}]}`    | steps[0].input.height",
        "fractional width         | `{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"width\":64.5,\"height\":64}}]}`    | steps[0].input.width",
        "string width             | `{\"steps\":[{\"$type\":\"videoGen\",\"input\":{\"engine\":\"wan\",\"width\":\"64\"}}]}`                 | steps[0].input.width",
        "blank prompt             | `{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"   \"}}]}`             | steps[0].input.prompt",
        "too many tags            | `{\"tags\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"],\"steps\":[{\"$type\":\"echo\",\"input\":{}}]}` | tags",
        "bad externalId           | `{\"externalId\":\"has space\",\"steps\":[{\"$type\":\"echo\",\"input\":{}}]}`                             | externalId",
        "unknown $ref             | `{\"steps\":[{\"$type\":\"echo\",\"input\":{}},{\"$type\":\"imageUpscaler\",\"input\":{\"image\":{\"$ref\":\"nope\",\"path\":\"output.images[0].url\"}}}]}` | steps[1].input.image",
        "forward $ref             | `{\"steps\":[{\"$type\":\"imageUpscaler\",\"input\":{\"image\":{\"$ref\":\"$1\",\"path\":\"output\"}}},{\"$type\":\"echo\",\"input\":{}}]}` | steps[0].input.image",
        "second step index        | `{\"steps\":[{\"$type\":\"echo\",\"input\":{}},{\"$type\":\"imageGen\",\"input\":{\"engine\":\"\"}}]}`    | steps[1].input.engine",
        "missing input            | `{\"steps\":[{\"$type\":\"echo\"}]}`                                    | steps[0].input",
        "duplicate names          | `{\"steps\":[{\"$type\":\"echo\",\"name\":\"a\",\"input\":{}},{\"$type\":\"echo\",\"name\":\"a\",\"input\":{}}]}` | steps[1].name",
        "bad priority             | `{\"steps\":[{\"$type\":\"echo\",\"priority\":\"urgent\",\"input\":{}}]}` | steps[0].priority",
        "quantity too big         | `{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"quantity\":50}}]}` | steps[0].input.quantity",
    })
    void rejectsWithErrorsKeyedByField(String rule, String body, String key) {
        rejected(body, key);
    }

    @Test
    void longTagIsKeyedByItsIndex() {
        rejected("{\"tags\":[\"ok\",\"" + "x".repeat(201) + "\"],\"steps\":[{\"$type\":\"echo\",\"input\":{}}]}", "tags[1]");
    }

    @Test
    void longExternalIdIsRejected() {
        rejected("{\"externalId\":\"" + "a".repeat(129) + "\",\"steps\":[{\"$type\":\"echo\",\"input\":{}}]}", "externalId");
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        JsonNode p = rejected("{\"tags\":[\"" + "y".repeat(300) + "\"],\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"width\":-1}}]}",
                "steps[0].input.engine");
        assertTrue(p.get("errors").has("steps[0].input.width"));
        assertTrue(p.get("errors").has("tags[0]"));
    }

    @Test
    void boundaryValuesAreAccepted() {
        var r = api.post("/v2/consumer/workflows?whatif=true",
                step("imageGen", "{\"engine\":\"flux\",\"width\":4096,\"height\":1,\"prompt\":\"ok\"}"));
        assertEquals(200, r.status());
        var tags = api.post("/v2/consumer/workflows?whatif=true", "{\"externalId\":\"" + "a".repeat(128) + "\",\"tags\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"" + "t".repeat(200) + "\"],\"steps\":[{\"$type\":\"echo\",\"input\":{}}]}");
        assertEquals(200, tags.status());
        var ref = api.post("/v2/consumer/workflows?whatif=true", "{\"arguments\":{\"p\":\"x\"},\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":{\"$ref\":\"$arguments\",\"path\":\"p\"}}}]}");
        assertEquals(200, ref.status());
    }

    @Test
    void badWaitIsRejected() {
        var r = api.post("/v2/consumer/workflows?wait=soon", step("echo", "{}"));
        assertEquals(400, r.status());
        assertTrue(r.json().get("errors").has("wait"));
    }
}
