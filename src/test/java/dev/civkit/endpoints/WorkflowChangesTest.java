package dev.civkit.endpoints;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ApiException;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.JsonPatch;
import dev.civkit.client.Step;
import dev.civkit.json.Json;
import dev.civkit.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UpdateWorkflow, PatchWorkflow, DeleteWorkflow, the tag calls and the step calls, over HTTP. */
class WorkflowChangesTest {
    @TempDir
    static Path dir;
    static SandboxFixture fx;
    static CivitaiClient client;

    @BeforeAll
    static void up() {
        // Slow enough that a second step is still queued while the test amends it.
        fx = SandboxFixture.start(SandboxConfig.defaults().withQueueTime(Duration.ofMillis(100)).withRunTime(Duration.ofMillis(1500)), dir);
        client = fx.session.client();
    }

    @AfterAll
    static void down() {
        fx.close();
    }

    private WorkflowHandle submit() {
        return fx.workflow().imageGen(g -> g.engine("flux").prompt("a lighthouse").size(64, 64)).tag("start").submit();
    }

    @Test
    void tagsAddRemoveAndClear() {
        WorkflowHandle h = submit();
        assertEquals(List.of("start", "sea"), h.tag("sea").workflow().tags());
        assertEquals(List.of("start", "sea"), h.tag("sea").workflow().tags(), "adding a tag twice keeps one");
        assertEquals(List.of("sea"), h.untag("start").workflow().tags());
        assertEquals(List.of(), h.untagAll().workflow().tags());
        // The kit refuses a tag the server would refuse, before sending; the server's own answer agrees.
        long before = fx.sandbox.requestCount();
        var local = assertThrows(dev.civkit.request.InvalidRequestException.class, () -> h.tag("x".repeat(201)));
        assertTrue(local.getMessage().contains("at most 200"), local.getMessage());
        assertEquals(before, fx.sandbox.requestCount());
        ApiException tooLong = assertThrows(ApiException.class, () -> fx.session.client().addWorkflowTag(h.id(), "x".repeat(201)));
        assertEquals(400, tooLong.status());
        assertThrows(IllegalArgumentException.class, () -> h.tag(" "), "a blank tag is refused before sending");
    }

    @Test
    void metadataAndPatchChangeOnlyWhatTheySay() {
        WorkflowHandle h = fx.workflow().imageGen(g -> g.engine("flux").prompt("p").size(64, 64)).metadata("keep", "me").submit();
        h.metadata("project", "cats").metadata("a/b", 2);
        assertEquals(Map.of("keep", "me", "project", "cats", "a/b", 2), h.workflow().metadata());
        h.patch(JsonPatch.ops().remove("/metadata/keep").add("/tags/-", "patched").replace("/allowMatureContent", false));
        assertEquals(Map.of("project", "cats", "a/b", 2), h.workflow().metadata());
        assertEquals(List.of("patched"), h.workflow().tags());
        Wire.assertSchema("JsonPatchDocument", JsonPatch.ops().remove("/metadata/keep").add("/tags/-", "patched").toJsonNode());
    }

    @Test
    void invalidPatchesAre400AndChangeNothing() {
        WorkflowHandle h = submit();
        ApiException missing = assertThrows(ApiException.class, () -> h.patch(JsonPatch.ops().add("/metadata/x", 1).remove("/metadata/nope")));
        assertEquals(400, missing.status());
        assertTrue(missing.getMessage().contains("/metadata/nope"), missing.getMessage());
        assertFalse(h.refresh().workflow().metadata().containsKey("x"), "a failed patch applies none of its operations");
        ApiException forbidden = assertThrows(ApiException.class, () -> h.patch(JsonPatch.ops().replace("/status", "succeeded")));
        assertEquals(400, forbidden.status());
        ApiException test = assertThrows(ApiException.class, () -> h.patch(JsonPatch.ops().test("/tags/0", "other")));
        assertEquals(400, test.status());
        // Malformed operations never leave the machine.
        long sent = client.requestCount();
        assertThrows(IllegalArgumentException.class, () -> JsonPatch.ops().add("metadata/x", 1));
        assertThrows(IllegalArgumentException.class, () -> JsonPatch.fromJson("[{\"op\":\"upsert\",\"path\":\"/x\"}]"));
        assertThrows(IllegalArgumentException.class, () -> JsonPatch.fromJson("[{\"op\":\"move\",\"path\":\"/x\"}]"));
        assertEquals(sent, client.requestCount());
    }

    @Test
    void updateWorkflowSetsFieldsAndTheBodyMatchesItsSchema() {
        WorkflowHandle h = submit();
        var body = Json.object();
        body.putObject("metadata").put("owner", "me");
        body.putArray("tags").add("a").add("b");
        body.put("allowMatureContent", true);
        Wire.assertSchema("UpdateWorkflowRequest", body);
        client.updateWorkflow(h.id(), body);
        var w = h.refresh().workflow();
        assertEquals(Map.of("owner", "me"), w.metadata());
        assertEquals(List.of("a", "b"), w.tags());
        assertEquals(Boolean.TRUE, w.extra().get("allowMatureContent"));
        assertEquals(Boolean.FALSE, h.allowMatureContent(false).workflow().extra().get("allowMatureContent"));
    }

    @Test
    void deleteForgetsTheWorkflowAndUnknownIdsAre404() {
        WorkflowHandle h = submit();
        h.delete();
        ApiException gone = assertThrows(ApiException.class, h::refresh);
        assertEquals(404, gone.status());
        for (Runnable call : List.<Runnable>of(
                () -> client.deleteWorkflow("wf_unknown"),
                () -> client.addWorkflowTag("wf_unknown", "x"),
                () -> client.removeWorkflowTag("wf_unknown", "x"),
                () -> client.removeAllWorkflowTags("wf_unknown"),
                () -> client.patchWorkflow("wf_unknown", JsonPatch.ops().add("/metadata/x", 1)),
                () -> client.getWorkflowStep("wf_unknown", "0"))) {
            ApiException e = assertThrows(ApiException.class, call::run);
            assertEquals(404, e.status(), e.getMessage());
            assertTrue(e.getMessage().contains("check the id"), e.getMessage());
        }
    }

    @Test
    void aQueuedStepCanBeAmendedAStartedOneAnswers409() throws InterruptedException {
        WorkflowHandle h = fx.workflow()
                .imageGen(g -> g.engine("flux").prompt("first").size(64, 64).name("first"))
                .imageGen(g -> g.engine("flux").prompt("second").size(64, 64).name("second"))
                .submit();
        Step second = h.step("second");
        Wire.assertSchema("WorkflowStep", Wire.getJson(fx.sandbox.baseUrl() + "/v2/consumer/workflows/" + h.id() + "/steps/second", 200));
        assertEquals("unassigned", second.status());
        h.patchStep("second", JsonPatch.ops().replace("/input/prompt", "a dog").add("/priority", "high"));
        h.updateStep("second", Map.of("note", "amended"));
        Step amended = h.step("second");
        assertEquals("a dog", amended.input().get("prompt").asString());
        assertEquals("high", amended.priority());
        assertEquals(Map.of("note", "amended"), amended.metadata());
        Wire.assertSchema("UpdateWorkflowStepRequest", Json.object().set("metadata", Json.object().put("note", "amended")));
        while (!"processing".equals(h.step("first").status())) Thread.sleep(20);
        ApiException late = assertThrows(ApiException.class, () -> h.patchStep("first", JsonPatch.ops().replace("/input/prompt", "too late")));
        assertEquals(409, late.status());
        assertTrue(late.getMessage().contains("is now processing"), late.getMessage());
        assertTrue(late.getMessage().contains("refetch"), late.getMessage());
        ApiException lateMeta = assertThrows(ApiException.class, () -> h.updateStep("first", Map.of("x", 1)));
        assertEquals(409, lateMeta.status());
        assertEquals("first", h.step("first").input().get("prompt").asString(), "a refused change changes nothing");
        ApiException badPatch = assertThrows(ApiException.class, () -> h.patchStep("second", JsonPatch.ops().replace("/input/nothing/here", 1)));
        assertEquals(400, badPatch.status());
        ApiException noStep = assertThrows(ApiException.class, () -> h.step("third"));
        assertEquals(404, noStep.status());
        h.await();
        assertEquals("succeeded", h.status());
        assertEquals("a dog", h.workflow().steps().get(1).input().get("prompt").asString(), "the amended input is what ran");
    }
}
