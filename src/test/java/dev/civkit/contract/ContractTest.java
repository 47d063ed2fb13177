package dev.civkit.contract;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.dsl.StepRef;
import dev.civkit.dsl.WorkflowBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the DSL sends and what the sandbox answers both conform to the official client's schemas. */
class ContractTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    static WorkflowBuilder rich() {
        return fx.workflow()
                .imageGen(i -> i.engine("sdcpp").ecosystem("sdxl").model("urn:air:sdxl:checkpoint:civitai:101055@128078")
                        .prompt("a lighthouse").negativePrompt("blurry").size(832, 1216).seed(42).steps(25).cfgScale(6.5)
                        .sampler("euler").scheduler("karras").quantity(2).lora("urn:air:sdxl:lora:civitai:1@2", 0.8)
                        .outputFormat("png").name("gen"))
                .step("imageUpscaler", Map.of("image", StepRef.firstImage("gen"), "scaleFactor", 2), s -> s.name("up"))
                .tags("contract").metadata("suite", "contract").externalId("contract-1")
                .callback("https://example.test/hook", "workflow:*");
    }

    @Test
    void dslRequestsConformToWorkflowTemplate() {
        String quick = fx.workflow().imageGen(i -> i.engine("flux").prompt("A cat astronaut").size(1024, 1024)).toJson();
        assertEquals(Set.of(), Schemas.violations("WorkflowTemplate", quick));
        assertEquals(Set.of(), Schemas.violations("WorkflowTemplate", rich().toJson()));
        String step = rich().toJsonNode().get("steps").get(0).toString();
        assertEquals(Set.of(), Schemas.violations("ImageGenStepTemplate", step));
    }

    @Test
    void schemaCheckCanFail() {
        // guards the guard: a template without steps and with a bad priority is rejected
        assertFalse(Schemas.violations("WorkflowTemplate", "{\"tags\":\"not-a-list\"}").isEmpty());
    }

    @Test
    void sandboxAnswersConformToWorkflowAndProblemSchemas() throws Exception {
        WorkflowHandle h = rich().run();
        assertEquals("succeeded", h.status());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> raw = http.send(HttpRequest.newBuilder(URI.create(fx.sandbox.baseUrl() + "/v2/consumer/workflows/" + h.id())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, raw.statusCode());
        assertEquals(Set.of(), Schemas.violations("Workflow", raw.body()));

        String whatif = http.send(HttpRequest.newBuilder(URI.create(fx.sandbox.baseUrl() + "/v2/consumer/workflows?whatif=true"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(rich().toJson())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(Set.of(), Schemas.violations("Workflow", whatif));

        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(fx.sandbox.baseUrl() + "/v2/consumer/workflows"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{}}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(Set.of(), Schemas.violations("ValidationProblemDetails", bad.body()));
    }

    /**
     * The live profile keeps to the same schemas, with the one difference the live service itself
     * shows: its image entries leave out {@code type}, which the official ImageBlob type requires.
     */
    @Test
    void liveProfileAnswersConformToo() throws Exception {
        try (var sb = dev.civkit.sandbox.Sandbox.start(SandboxFixture.fast().withProfile(dev.civkit.sandbox.Profile.live()))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(sb.baseUrl() + "/v2/consumer/workflows?wait=30"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(rich().toJson())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, done.statusCode(), done.body());
            assertEquals(Set.of(), Schemas.violations("Workflow", done.body()));
            String step = dev.civkit.json.Json.parse(done.body()).get("steps").get(0).toString();
            Set<String> stepViolations = Schemas.violations("ImageGenStep", step);
            assertFalse(stepViolations.isEmpty(), "the live shape leaves type out of images");
            assertTrue(stepViolations.stream().allMatch(v -> v.contains("type")), stepViolations.toString());
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(sb.baseUrl() + "/v2/consumer/workflows"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{}}]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode());
            assertEquals(Set.of(), Schemas.violations("ValidationProblemDetails", bad.body()));
        }
    }
}
