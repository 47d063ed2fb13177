package dev.civkit.endpoints;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.air.MalformedAirException;
import dev.civkit.client.Answer;
import dev.civkit.client.ApiException;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.ResourceInfo;
import dev.civkit.client.Service;
import dev.civkit.client.ServicePage;
import dev.civkit.client.ServiceQuery;
import dev.civkit.client.SubmitOptions;
import dev.civkit.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GetResource, ListServices, GetService and the recipes path. */
class CatalogueTest {
    static final String AIR = "urn:air:sdxl:checkpoint:civitai:101055@128078";
    @TempDir
    static Path dir;
    static SandboxFixture fx;
    static CivitaiClient client;

    @BeforeAll
    static void up() {
        fx = SandboxFixture.start(SandboxFixture.fast(), dir);
        client = fx.session.client();
    }

    @AfterAll
    static void down() {
        fx.close();
    }

    @Test
    void aResourceIsDescribedTheSameWayEveryTime() {
        ResourceInfo r = client.getResource(AIR);
        assertEquals(AIR, r.air());
        assertTrue(r.size() > 0);
        assertEquals(64, r.hashes().get("SHA256").length());
        assertEquals(r, client.getResource("sdxl:checkpoint:civitai:101055@128078"), "the short form names the same resource");
        assertNotEquals(r.hashes(), client.getResource("urn:air:sdxl:lora:civitai:328553@368189").hashes());
        Wire.assertSchema("ResourceInfo", Wire.getJson(fx.sandbox.baseUrl() + "/v2/resources/" + AIR, 200));
        Wire.assertSchema("ResourceInfo", Wire.getJson(fx.sandbox.baseUrl() + "/v2/resources/"
                + URLEncoder.encode("urn:air:sdxl:vae:huggingface:stabilityai/sdxl-vae", StandardCharsets.UTF_8), 200));
        assertTrue(r.toString().contains(AIR), r.toString());
    }

    @Test
    void unknownIs404AndMalformedIsRefusedBeforeSending() {
        ApiException unknown = assertThrows(ApiException.class, () -> client.getResource("urn:air:sdxl:lora:civitai:404123@1"));
        assertEquals(404, unknown.status());
        long sent = client.requestCount();
        MalformedAirException bad = assertThrows(MalformedAirException.class, () -> client.getResource("urn:air:sdxl:checkpoint:civitai:abc"));
        assertEquals("id", bad.part());
        assertEquals(sent, client.requestCount(), "nothing was sent");
        // Sent raw anyway, the sandbox answers 400 with the same explanation.
        var problem = Wire.getJson(fx.sandbox.baseUrl() + "/v2/resources/urn:air:sdxl:checkpoint:civitai:abc", 400);
        Wire.assertSchema("ProblemDetails", problem);
        assertTrue(problem.get("errors").get("air").get(0).asString().contains("civitai id"));
    }

    @Test
    void theServiceCatalogueFiltersAndPages() {
        ServicePage all = client.listServices(ServiceQuery.all());
        assertTrue(all.totalCount() >= 5);
        assertEquals(all.totalCount(), all.items().size());
        Wire.assertSchema("PaginatedResponseOfServiceResponse", Wire.getJson(fx.sandbox.baseUrl() + "/v2/services", 200));
        ServicePage images = client.listServices(ServiceQuery.all().category("image"));
        assertTrue(images.items().stream().allMatch(s -> s.category().equals("image")));
        assertTrue(images.totalCount() < all.totalCount());
        ServicePage flux2 = client.listServices(ServiceQuery.all().prefix("image/flux2"));
        assertEquals(2, flux2.totalCount());
        ServicePage page = client.listServices(ServiceQuery.all().page(1, 2));
        assertEquals(2, page.items().size());
        assertEquals(all.items().get(1).id(), page.items().get(0).id());
        assertTrue(client.listServices(ServiceQuery.all().status("degraded")).items().stream().allMatch(s -> s.status().equals("degraded")));
        assertEquals(1, client.listServices(ServiceQuery.all().tagged("lora")).totalCount());
        assertTrue(all.toString().contains("image/flux2/klein/createImage/9b"));
        ApiException badWindow = assertThrows(ApiException.class, () -> client.listServices(ServiceQuery.all().window("1y")));
        assertEquals(400, badWindow.status());
    }

    @Test
    void oneServiceHasMetricsAndHistory() {
        Service s = client.getService("image/flux2/klein/createImage/9b", "7d");
        assertEquals("imageGen", s.step());
        assertEquals("flux2", s.parameters().get("engine"));
        assertEquals("7d", s.metrics().get("window").asString());
        assertTrue(s.history().get("buckets").size() > 0);
        Wire.assertSchema("ServiceResponse", Wire.getJson(fx.sandbox.baseUrl() + "/v2/services/image%2Fflux2%2Fklein%2FcreateImage%2F9b", 200));
        ApiException unknown = assertThrows(ApiException.class, () -> client.getService("image/nothing", null));
        assertEquals(404, unknown.status());
    }

    @Test
    void aRecipeRunsAsAOneStepWorkflow() {
        var input = Json.object().put("engine", "flux").put("prompt", "a red fox").put("width", 64).put("height", 64);
        Answer priced = client.submitRecipe("imageGen", input, SubmitOptions.whatIf());
        assertNull(priced.workflow().id(), "whatif runs nothing");
        assertTrue(priced.workflow().totalCost() > 0);
        WorkflowHandle h = fx.session.recipe("imageGen", input, 30);
        assertEquals("succeeded", h.await().status());
        assertEquals("imageGen", h.workflow().steps().get(0).type());
        assertEquals("a red fox", h.workflow().steps().get(0).input().get("prompt").asString());
        ApiException invalid = assertThrows(ApiException.class, () -> fx.session.recipe("imageGen", Json.object().put("prompt", "no engine"), 0));
        assertEquals(400, invalid.status());
        assertThrows(IllegalArgumentException.class, () -> client.submitRecipe("not a type", input, SubmitOptions.whatIf()));
    }
}
