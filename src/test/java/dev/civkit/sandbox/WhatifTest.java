package dev.civkit.sandbox;

import static dev.civkit.sandbox.SandboxClient.assertSchema;
import static dev.civkit.sandbox.SandboxClient.imageGen;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.json.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class WhatifTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxClient.fast());
    static final Sandbox sandbox = fx.sandbox;
    static final SandboxClient api = new SandboxClient(sandbox);

    @Test
    void whatifPricesAndCreatesNothing() {
        int before = sandbox.workflowsCreated();
        var r = api.post("/v2/consumer/workflows?whatif=true", imageGen("plan", 1L, 1024, 1024));
        assertEquals(200, r.status());
        JsonNode wf = r.json();
        assertSchema("Workflow", wf);
        assertTrue(wf.get("id") == null || wf.get("id").isNull());
        assertEquals("unassigned", wf.get("status").asString());
        assertEquals(4, wf.get("cost").get("base").asLong(), "flux, 1 megapixel, 1 image");
        assertEquals(4, wf.get("cost").get("total").asLong());
        assertFalse(wf.get("transactions").get("insufficientBuzz").asBoolean(true));
        JsonNode debit = wf.get("transactions").get("list").get(0);
        assertEquals("debit", debit.get("type").asString());
        assertEquals(4, debit.get("amount").asLong());
        assertEquals("yellow", debit.get("accountType").asString());
        assertEquals(before, sandbox.workflowsCreated());
    }

    @Test
    void costFollowsTheTable() {
        String body = """
            {"tips":{"civitai":0.25,"creators":0.1},"currencies":["blue"],"steps":[
              {"$type":"imageGen","input":{"engine":"sdcpp","ecosystem":"sdxl","width":2048,"height":1024,"quantity":2,"steps":30}},
              {"$type":"videoGen","input":{"engine":"wan","duration":4,"resolution":"1080p"}},
              {"$type":"training","input":{}}
            ]}""";
        JsonNode cost = api.post("/v2/consumer/workflows?whatif=true", body).json();
        assertSchema("Workflow", cost);
        // sdxl 2 x 2 MP x 2 images x 30/20 steps = 12; video 10 x 4 s x 1.5 = 60; training 500.
        assertEquals(572, cost.get("cost").get("base").asLong());
        assertEquals(143, cost.get("cost").get("tips").get("civitai").asLong());
        assertEquals(58, cost.get("cost").get("tips").get("creators").asLong());
        assertEquals(773, cost.get("cost").get("total").asLong());
        assertEquals("blue", cost.get("transactions").get("list").get(0).get("accountType").asString());
    }

    @Test
    void everyWorkflowBodyFromTheDocsIsAccepted() throws IOException, URISyntaxException {
        Path dir = Path.of(WhatifTest.class.getResource("/schemas/recipe-bodies").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(74, files.size());
        int workflows = 0, recipes = 0;
        int before = sandbox.workflowsCreated();
        for (Path f : files) {
            JsonNode doc = Json.parse(Files.readAllBytes(f));
            String path = doc.get("path").asString();
            String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            if (!route.startsWith("/v2/consumer/")) continue; // OpenAI-style chat endpoint: not this API
            var r = api.post(route + "?whatif=true", doc.get("body"));
            assertEquals(200, r.status(), () -> f.getFileName() + ": " + new String(r.bytes()));
            JsonNode wf = r.json();
            assertSchema("Workflow", wf);
            assertTrue(wf.get("cost").get("total").asLong() >= 0);
            if (route.equals("/v2/consumer/workflows")) {
                workflows++;
                // Every field sent comes back.
                JsonNode sent = doc.get("body");
                for (var e : sent.properties()) {
                    if (!e.getKey().equals("steps")) assertEquals(e.getValue(), wf.get(e.getKey()), f + " " + e.getKey());
                }
                for (int i = 0; i < sent.get("steps").size(); i++)
                    assertEquals(sent.get("steps").get(i).get("input"), wf.get("steps").get(i).get("input"), f + " step " + i);
            } else {
                recipes++;
                assertEquals(route.substring(route.lastIndexOf('/') + 1), wf.get("steps").get(0).get("$type").asString());
            }
        }
        assertEquals(64, workflows);
        assertEquals(7, recipes);
        assertEquals(before, sandbox.workflowsCreated());
    }

}
