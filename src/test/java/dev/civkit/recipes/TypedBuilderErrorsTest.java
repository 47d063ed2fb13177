package dev.civkit.recipes;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.client.Blob;
import dev.civkit.request.InvalidRequestException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The typed builders refuse what the official types forbid, naming field and rule, before sending. */
class TypedBuilderErrorsTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass();

    static Stream<Arguments> misuses() {
        return Stream.of(
                bad("steps[0].input.model", "is required", () -> fx.workflow().imageGen().sdcpp().sdxl().createImage().prompt("no model").submit()),
                bad("steps[0].input.diffuserModel", "is required", () -> fx.workflow().imageGen().sdcpp().flux1().createImage().prompt("x").submit()),
                bad("imageGen.input.model", "a civitai id must be the model's number", () ->
                        fx.workflow().imageGen().sdcpp().sdxl().createImage().model("urn:air:sdxl:checkpoint:civitai:abc")),
                bad("imageGen.input.vaeModel", "urn:air:", () ->
                        fx.workflow().imageGen().sdcpp().sdxl().createImage().vaeModel("not an air at all")),
                bad("imageGen.input.aspectRatio", "must be one of", () -> fx.workflow().imageGen().grok().createImage().aspectRatio("7:3")),
                bad("steps[0].input.images", "is required", () -> fx.workflow().imageGen().gemini().editImage().prompt("edit what?").submit()),
                bad("imageGen.input.quantity", "from 1 to 10", () -> fx.workflow().imageGen().gemini().createImage().quantity(11)),
                // Qwen 2511 is an edit model, 2512 a create model
                bad("imageGen.input.version", "must be one of [latest, 2509, 2512]", () -> fx.workflow().imageGen().sdcpp().qwen().createImage().version("2511")),
                bad("imageGen.input.version", "must be one of [latest, 2509, 2512]", () -> fx.workflow().imageGen().sdcpp().qwen().createVariant().version("2511")),
                bad("imageGen.input.version", "must be one of [latest, 2509, 2511]", () -> fx.workflow().imageGen().sdcpp().qwen().editImage().version("2512")),
                bad("videoGen.input.cameraControl.config", "axis must be one of", () -> fx.workflow().videoGen().kling().cameraControl("dolly", 1)),
                bad("imageGen.input.images", "no url", () -> fx.workflow().imageGen().openai().gptImage2().editImage().images(blob(null))),
                bad("imageGen.input.image", "no url", () -> fx.workflow().imageGen().sdcpp().sdxl().createVariant().image(blob(" "))));
    }

    static Blob blob(String url) {
        return new Blob("image", "blob_1", Boolean.TRUE, url, null, null, null, 64, 64, null, null, null, null, null);
    }

    static Arguments bad(String field, String rule, Runnable use) {
        return Arguments.of(field, rule, (Consumer<Void>) v -> use.run());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("misuses")
    void refusedBeforeSending(String field, String rule, Consumer<Void> use) {
        long before = fx.sandbox.requestCount();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> use.accept(null));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
        assertEquals(before, fx.sandbox.requestCount(), "nothing reached the server");
    }
}
