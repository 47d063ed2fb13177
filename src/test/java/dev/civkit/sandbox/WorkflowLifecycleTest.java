package dev.civkit.sandbox;

import static dev.civkit.sandbox.SandboxClient.assertSchema;
import static dev.civkit.sandbox.SandboxClient.imageGen;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class WorkflowLifecycleTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxClient.fast());
    static final Sandbox sandbox = fx.sandbox;
    static final SandboxClient api = new SandboxClient(sandbox);

    @Test
    void submitWithWaitAnswers200WithImages() {
        var r = api.post("/v2/consumer/workflows?wait=10", imageGen("a red fox", 7L, 256, 128));
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("application/json"));
        JsonNode wf = r.json();
        assertSchema("Workflow", wf);
        assertEquals("succeeded", wf.get("status").asString());
        assertTrue(wf.get("id").asString().matches("wf_[0-9A-HJKMNP-TV-Z]{26}"), wf.get("id").asString());
        JsonNode step = wf.get("steps").get(0);
        assertEquals("0", step.get("name").asString());
        assertEquals("succeeded", step.get("status").asString());
        assertTrue(step.get("estimatedProgressRate").isNull());
        assertNotNull(step.get("startedAt").asString(null));
        assertNotNull(step.get("completedAt").asString(null));
        JsonNode job = step.get("jobs").get(0);
        assertEquals("succeeded", job.get("status").asString());
        JsonNode image = step.get("output").get("images").get(0);
        assertSchema("ImageBlob", image);
        assertTrue(image.get("id").asString().matches("blob_[0-9A-HJKMNP-TV-Z]{26}"));
        assertEquals(256, image.get("width").asInt());
        assertEquals(128, image.get("height").asInt());
        assertEquals(job.get("id").asString(), image.get("jobId").asString());
        assertTrue(image.get("url").asString().startsWith(sandbox.baseUrl() + "/v2/consumer/blobs/content/"));
        assertTrue(Instant.parse(image.get("urlExpiresAt").asString()).isAfter(Instant.now()));
        assertEquals("pg", image.get("nsfwLevel").asString());
        assertFalse(wf.get("transactions").get("list").isEmpty());
        assertEquals("debit", wf.get("transactions").get("list").get(0).get("type").asString());
    }

    @Test
    void submitWithoutWaitAnswers202ThenLongPollAnswers200() {
        var r = api.post("/v2/consumer/workflows", imageGen("a blue heron", null, 64, 64));
        assertEquals(202, r.status());
        JsonNode wf = r.json();
        assertSchema("Workflow", wf);
        assertFalse(Status.valueOf(wf.get("status").asString().toUpperCase()).terminal());
        String id = wf.get("id").asString();
        long started = System.nanoTime();
        var done = api.get("/v2/consumer/workflows/" + id + "?wait=10");
        assertEquals(200, done.status());
        assertEquals("succeeded", done.json().get("status").asString());
        // Behaviour, not speed: the held request ends when the workflow does, well before its 10 s wait runs out.
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 9000, "the hold ended with the workflow, not the wait");
        assertSchema("Workflow", done.json());
    }

    @Test
    void longPollWithoutEnoughTimeAnswers202() {
        try (Sandbox slow = Sandbox.start(SandboxConfig.defaults().withRunTime(Duration.ofSeconds(30)))) {
            SandboxClient c = new SandboxClient(slow);
            long t0 = System.nanoTime();
            var r = c.post("/v2/consumer/workflows?wait=0.3", imageGen("slow", 1L, 64, 64));
            long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertEquals(202, r.status());
            assertTrue(ms >= 250, "held for the wait, took " + ms + " ms");
        }
    }

    @Test
    void holdLongPollsFalseAnswersAtOnce() {
        try (Sandbox noHold = Sandbox.start(SandboxConfig.defaults().withHoldLongPolls(false).withRunTime(Duration.ofSeconds(30)))) {
            SandboxClient c = new SandboxClient(noHold);
            long t0 = System.nanoTime();
            var r = c.post("/v2/consumer/workflows?wait=20", imageGen("fast answer", 1L, 64, 64));
            String id = r.json().get("id").asString();
            var g = c.get("/v2/consumer/workflows/" + id + "?wait=20");
            long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertEquals(202, r.status());
            assertEquals(202, g.status());
            assertTrue(ms < 2000, "answered without holding, took " + ms + " ms");
        }
    }

    @Test
    void progressRisesDuringProcessing() throws Exception {
        try (Sandbox slow = Sandbox.start(SandboxConfig.defaults().withQueueTime(Duration.ZERO).withRunTime(Duration.ofSeconds(2)))) {
            SandboxClient c = new SandboxClient(slow);
            String id = c.post("/v2/consumer/workflows", imageGen("progress", 1L, 64, 64)).json().get("id").asString();
            Thread.sleep(300);
            JsonNode first = c.get("/v2/consumer/workflows/" + id).json();
            Thread.sleep(700);
            JsonNode second = c.get("/v2/consumer/workflows/" + id).json();
            assertEquals("processing", first.get("status").asString());
            assertSchema("Workflow", first);
            double p1 = first.get("steps").get(0).get("estimatedProgressRate").asDouble();
            double p2 = second.get("steps").get(0).get("estimatedProgressRate").asDouble();
            assertTrue(p1 > 0 && p1 < p2 && p2 < 1, p1 + " then " + p2);
            assertNotNull(first.get("startedAt").asString(null));
        }
    }

    @Test
    void unknownWorkflowIs404ProblemDetails() {
        var r = api.get("/v2/consumer/workflows/wf_DOESNOTEXIST");
        assertEquals(404, r.status());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertSchema("ProblemDetails", r.json());
        assertEquals(404, r.json().get("status").asInt());
    }

    @Test
    void cancelStopsARunningWorkflowAndLeavesTerminalOnesAlone() {
        try (Sandbox slow = Sandbox.start(SandboxConfig.defaults().withRunTime(Duration.ofSeconds(30)))) {
            SandboxClient c = new SandboxClient(slow);
            String id = c.post("/v2/consumer/workflows", imageGen("cancel me", 1L, 64, 64)).json().get("id").asString();
            assertEquals(204, c.put("/v2/consumer/workflows/" + id, "{\"status\":\"canceled\",\"tags\":[\"x\"]}").status());
            var r = c.get("/v2/consumer/workflows/" + id + "?wait=5");
            assertEquals(200, r.status());
            JsonNode wf = r.json();
            assertEquals("canceled", wf.get("status").asString());
            assertEquals("canceled", wf.get("steps").get(0).get("status").asString());
            assertEquals("canceled", wf.get("steps").get(0).get("jobs").get(0).get("status").asString());
            assertEquals("x", wf.get("tags").get(0).asString());
            assertSchema("Workflow", wf);
        }
        var done = api.post("/v2/consumer/workflows?wait=10", imageGen("finished", 1L, 32, 32)).json();
        String id = done.get("id").asString();
        assertEquals(204, api.put("/v2/consumer/workflows/" + id, "{\"status\":\"canceled\"}").status());
        assertEquals("succeeded", api.get("/v2/consumer/workflows/" + id).json().get("status").asString());
    }

    @Test
    void updateRejectsOtherStatuses() {
        String id = api.post("/v2/consumer/workflows", imageGen("x", 1L, 32, 32)).json().get("id").asString();
        var r = api.put("/v2/consumer/workflows/" + id, "{\"status\":\"succeeded\"}");
        assertEquals(400, r.status());
        assertTrue(r.json().get("errors").has("status"));
    }

    @Test
    void refChainsImageGenIntoUpscaler() {
        String body = """
            {"tags":["chain"],"metadata":{"k":"v"},"externalId":"chain-test-1","steps":[
              {"$type":"imageGen","name":"gen","priority":"high","input":{"engine":"sdxl","prompt":"castle","width":96,"height":64,"seed":3}},
              {"$type":"imageUpscaler","input":{"image":{"$ref":"gen","path":"output.images[0].url"},"scaleFactor":2}}
            ],"somethingNew":{"kept":true}}""";
        var r = api.post("/v2/consumer/workflows?wait=10", body);
        assertEquals(200, r.status());
        JsonNode wf = r.json();
        assertSchema("Workflow", wf);
        assertEquals("succeeded", wf.get("status").asString());
        assertEquals("chain", wf.get("tags").get(0).asString());
        assertEquals("v", wf.get("metadata").get("k").asString());
        assertEquals("chain-test-1", wf.get("externalId").asString());
        assertTrue(wf.get("somethingNew").get("kept").asBoolean());
        JsonNode gen = wf.get("steps").get(0), up = wf.get("steps").get(1);
        assertEquals("gen", gen.get("name").asString());
        assertEquals("high", gen.get("priority").asString());
        assertEquals("1", up.get("name").asString());
        String resolved = up.get("input").get("image").asString();
        assertTrue(resolved.contains("/v2/consumer/blobs/content/"), resolved);
        assertFalse(Instant.parse(up.get("startedAt").asString()).isBefore(Instant.parse(gen.get("completedAt").asString())));
        JsonNode blob = up.get("output").get("blob");
        assertEquals(192, blob.get("width").asInt());
        assertEquals(128, blob.get("height").asInt());
        var img = BlobTest.decode(SandboxClient.getAbsolute(blob.get("url").asString()).bytes());
        assertEquals(192, img.getWidth());
        assertEquals(128, img.getHeight());

        // Same externalId again: the existing workflow, not a new one.
        int before = sandbox.workflowsCreated();
        var again = api.post("/v2/consumer/workflows", body);
        assertEquals(wf.get("id").asString(), again.json().get("id").asString());
        assertEquals(before, sandbox.workflowsCreated());
    }

    @Test
    void failedSourceCancelsItsDependant() {
        String body = """
            {"steps":[
              {"$type":"imageGen","input":{"engine":"flux","prompt":"please sandbox:fail","width":32,"height":32}},
              {"$type":"imageUpscaler","input":{"image":{"$ref":"$0","path":"output.images[0].url"}}}
            ]}""";
        JsonNode wf = api.post("/v2/consumer/workflows?wait=10", body).json();
        assertEquals("failed", wf.get("status").asString());
        assertEquals("failed", wf.get("steps").get(0).get("status").asString());
        assertEquals("canceled", wf.get("steps").get(1).get("status").asString());
        assertSchema("Workflow", wf);
    }

    @Test
    void otherStepTypesProduceTheirDocumentedOutputs() {
        String body = """
            {"steps":[
              {"$type":"textToSpeech","input":{"text":"hello there sandbox"}},
              {"$type":"transcription","input":{"mediaUrl":"https://x/y.mp3"}},
              {"$type":"promptEnhancement","input":{"prompt":"a cat"}},
              {"$type":"echo","input":{"message":"ping"}},
              {"$type":"videoGen","input":{"engine":"veo3","prompt":"waves","duration":4}},
              {"$type":"imageBackgroundRemoval","input":{"image":"https://example.com/a.jpeg"}},
              {"$type":"convertImage","input":{"image":"https://example.com/a.png","output":{"format":"jpeg"}}},
              {"$type":"wdTagging","input":{"image":"https://example.com/a.png"}}
            ]}""";
        JsonNode wf = api.post("/v2/consumer/workflows?wait=20", body).json();
        assertSchema("Workflow", wf);
        assertEquals("succeeded", wf.get("status").asString());
        JsonNode s = wf.get("steps");
        JsonNode audio = s.get(0).get("output").get("audioBlob");
        assertEquals("audio", audio.get("type").asString());
        assertTrue(audio.get("duration").asDouble() > 0);
        assertSchema("Blob", audio);
        assertEquals("en", s.get(1).get("output").get("language").asString());
        assertTrue(s.get(1).get("output").get("text").asString().length() > 0);
        assertTrue(s.get(2).get("output").get("enhancedPrompt").asString().startsWith("a cat"));
        assertEquals("ping", s.get(3).get("output").get("message").asString());
        JsonNode video = s.get(4).get("output").get("video");
        assertSchema("VideoBlob", video);
        var v = SandboxClient.getAbsolute(video.get("url").asString());
        assertEquals("video/mp4", v.header("Content-Type"));
        assertEquals("ftyp", new String(v.bytes(), 4, 4));
        assertEquals("image", s.get(5).get("output").get("image").get("type").asString());
        var cut = SandboxClient.getAbsolute(s.get(5).get("output").get("image").get("url").asString());
        assertEquals("image/png", cut.header("Content-Type"));
        assertTrue(BlobTest.decode(cut.bytes()).getColorModel().hasAlpha());
        var jpeg = SandboxClient.getAbsolute(s.get(6).get("output").get("blob").get("url").asString());
        assertEquals("image/jpeg", jpeg.header("Content-Type"));
        assertTrue(s.get(7).get("output").get("blobs").isArray());
    }

    @Test
    void recipeEndpointWrapsTheInputAsOneStep() {
        var r = api.post("/v2/consumer/recipes/echo?wait=10", "{\"message\":\"via recipe\"}");
        assertEquals(200, r.status());
        JsonNode step = r.json().get("steps").get(0);
        assertEquals("echo", step.get("$type").asString());
        assertEquals("via recipe", step.get("output").get("message").asString());
    }

    @Test
    void requestsAreCounted() {
        long before = sandbox.requestCount();
        api.get("/v2/consumer/workflows/wf_nope");
        api.get("/v2/consumer/nowhere");
        assertTrue(sandbox.requestCount() >= before + 2);
        assertEquals(404, api.get("/v2/consumer/nowhere").status());
    }
}
