package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad DSL use fails before anything is sent, naming the field and the rule. */
class DslValidationTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass();

    static Stream<Arguments> badUses() {
        return Stream.of(
                bad("steps", "at least one step", w -> w),
                bad("steps[0].input.engine", "is required", w -> w.imageGen(i -> i.prompt("no engine"))),
                bad("steps[0].input.width", "positive", w -> w.imageGen(i -> i.engine("flux").prompt("p").size(-5, 512))),
                bad("steps[0].input.height", "positive", w -> w.imageGen(i -> i.engine("flux").prompt("p").size(512, 0))),
                bad("steps[0].input.width", "at most 4096", w -> w.imageGen(i -> i.engine("flux").prompt("p").size(100_000, 512))),
                bad("steps[0].input.prompt", "non-blank", w -> w.imageGen(i -> i.engine("flux").prompt("   "))),
                bad("steps[0].input.seed", "0 to 4294967295", w -> w.imageGen(i -> i.engine("flux").prompt("p").seed(-1))),
                bad("steps[0].input.quantity", "positive", w -> w.imageGen(i -> i.engine("flux").prompt("p").quantity(0))),
                bad("steps[0].input.width", "positive whole number", w -> w.imageGen(i -> i.engine("flux").prompt("p").set("width", "wide"))),
                bad("imageGen.input.engine", "must not be blank", w -> w.imageGen(i -> i.engine(""))),
                bad("imageGen.input.thread", "got a java.lang.Thread", w -> w.imageGen(i -> i.engine("flux").set("thread", new Thread()))),
                bad("$type", "step type", w -> w.step("not a type!", Map.of())),
                bad("echo.input", "not valid JSON", w -> w.step("echo", "{nope")),
                bad("echo.input", "JSON object", w -> w.step("echo", "[1,2]")),
                bad("tags", "at most 10 tags", w -> w.tags("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")),
                bad("tags", "at most 200 characters", w -> w.tag("x".repeat(201))),
                bad("externalId", "A-Z a-z 0-9 _ -", w -> w.externalId("has space")),
                bad("callbacks.type", "event types", w -> w.callback("https://x.test/h", "workflow:done")),
                bad("callbacks.url", "http(s) URL", w -> w.callback("ftp://x", "workflow:*")),
                bad("steps[1].input.image", "does not have", w -> w.imageGen(i -> i.engine("flux").prompt("p"))
                        .step("imageUpscaler", Map.of("image", StepRef.firstImage("missing")))),
                bad("steps[0].input", "comes later", w -> w
                        .step("echo", Map.of("message", StepRef.of("b", "output.message")), s -> s.name("a"))
                        .step("echo", Map.of("message", StepRef.of("a", "output.message")), s -> s.name("b"))),
                bad("timeout", "at least 1 second", w -> w.imageGen(i -> i.engine("flux").timeout(java.time.Duration.ZERO))),
                bad("retries", "0 or more", w -> w.imageGen(i -> i.engine("flux").retries(-1))));
    }

    static Arguments bad(String field, String rule, Function<WorkflowBuilder, WorkflowBuilder> use) {
        return Arguments.of(field, rule, use);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badUses")
    void failsBeforeSendingAndNamesFieldAndRule(String field, String rule, Function<WorkflowBuilder, WorkflowBuilder> use) {
        long before = fx.sandbox.requestCount();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> use.apply(fx.workflow()).submit());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was sent"), e.getMessage());
        assertEquals(before, fx.sandbox.requestCount(), "nothing reached the server");
    }
}
