package dev.civkit.contract;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import dev.civkit.SandboxFixture;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.RetryPolicy;
import dev.civkit.journal.Journal;
import dev.civkit.json.Json;
import dev.civkit.webhook.WebhookReceiver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The sandbox delivers callbacks as documented; the kit's receiver dedupes and ends await() on the event. */
class WebhookTest {
    @TempDir
    Path outputs;

    @Test
    void awaitFinishesOnTheEventInOrderAndDeduped() {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs); WebhookReceiver hooks = WebhookReceiver.start()) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("hook").size(64, 64))
                    .callback(hooks.url(), "workflow:*", "step:*", "job:*").submit();
            long before = fx.session.client().requestCount();
            h.await(Duration.ofSeconds(30));
            assertEquals("succeeded", h.status());
            assertEquals(1, fx.session.client().requestCount() - before, "one read after the event, no long-poll");
            List<String> wf = new ArrayList<>();
            for (JsonNode e : hooks.events(h.id())) {
                String type = e.get("$type").asString();
                String schema = switch (type) {
                    case "workflow" -> "WorkflowEvent";
                    case "step" -> "WorkflowStepEvent";
                    default -> "WorkflowStepJobEvent";
                };
                assertEquals(java.util.Set.of(), Schemas.violations(schema, Json.write(e)), Json.write(e));
                if (type.equals("workflow")) wf.add(e.get("status").asString());
            }
            assertEquals(List.of("scheduled", "processing", "succeeded"), wf);
            assertTrue(hooks.duplicates() > 0, "processing is delivered more than once and dropped");
        }
    }

    @Test
    void detailedPayloadsAndRetriesOnNon2xx() throws Exception {
        List<JsonNode> got = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer flaky = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        flaky.createContext("/", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            int n = calls.incrementAndGet();
            synchronized (got) {
                got.add(Json.parse(body));
            }
            ex.sendResponseHeaders(n == 1 ? 503 : 204, -1);
            ex.close();
        });
        flaky.start();
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            var body = Json.parse("{\"callbacks\":[{\"url\":\"http://127.0.0.1:" + flaky.getAddress().getPort()
                    + "/h\",\"type\":[\"workflow:*\"],\"detailed\":true}],\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"d\",\"width\":64,\"height\":64}}]}");
            WorkflowHandle h = fx.session.submit(body, 0).await();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < deadline && !lastIs(got, "succeeded")) Thread.sleep(50);
            synchronized (got) {
                assertEquals(got.get(0), got.get(1), "the refused first event came again");
                JsonNode last = got.get(got.size() - 1);
                assertEquals("succeeded", last.get("status").asString());
                assertEquals(h.id(), last.get("workflowId").asString());
                assertTrue(last.get("details").get("steps").get(0).has("output"), Json.write(last));
                assertEquals(java.util.Set.of(), Schemas.violations("WorkflowEvent", Json.write(withoutDetails(last))));
            }
        } finally {
            flaky.stop(0);
        }
    }

    static boolean lastIs(List<JsonNode> got, String status) {
        synchronized (got) {
            return !got.isEmpty() && got.get(got.size() - 1).path("status").asString("").equals(status);
        }
    }

    static JsonNode withoutDetails(JsonNode n) {
        var copy = (tools.jackson.databind.node.ObjectNode) n.deepCopy();
        copy.remove("details");
        return copy;
    }

    @Test
    void receiverDropsRepeatsAndRefusesJunk() throws Exception {
        try (WebhookReceiver r = WebhookReceiver.start()) {
            assertTrue(r.url().startsWith("http://127.0.0.1:"));
            HttpClient http = HttpClient.newHttpClient();
            String e = "{\"$type\":\"workflow\",\"workflowId\":\"wf_X\",\"status\":\"succeeded\",\"timestamp\":\"2025-01-01T00:00:00Z\"}";
            for (int i = 0; i < 3; i++)
                assertEquals(204, http.send(HttpRequest.newBuilder(URI.create(r.url())).POST(HttpRequest.BodyPublishers.ofString(e)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(r.url())).POST(HttpRequest.BodyPublishers.ofString("{nope")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(1, r.events().size());
            assertEquals(2, r.duplicates());
            assertEquals("succeeded", r.terminal("wf_X").getNow(null));
        }
    }

    @Test
    void anHttpCallbackAgainstTheRealApiWarnsOnce() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (Session s = Session.builder().config(ClientConfig.of("http://orchestration.invalid", null).withRetry(RetryPolicy.NONE)).outputs(outputs).out(new PrintStream(console, true, StandardCharsets.UTF_8)).journal(Journal.at(outputs.resolve("j.jsonl"))).build()) {
            var b = new dev.civkit.dsl.WorkflowBuilder(s).imageGen(i -> i.engine("flux").prompt("x")).callback("http://my.host/hook", "workflow:*");
            assertThrows(RuntimeException.class, b::submit);
        }
        String text = console.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("only calls https:// callback URLs"), text);
    }
}
