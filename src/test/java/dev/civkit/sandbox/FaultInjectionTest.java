package dev.civkit.sandbox;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.json.Json;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.RetryPolicy;
import dev.civkit.display.StatusLine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded faults are reproducible, and the kit gets through them without duplicating a workflow. */
class FaultInjectionTest {
    @TempDir
    Path outputs;

    static List<String> statuses(FaultPlan plan, int n) throws Exception {
        List<String> out = new ArrayList<>();
        try (Sandbox sb = Sandbox.start(SandboxConfig.defaults().withFaults(plan.withRetryAfterSeconds(0)))) {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < n; i++) {
                try {
                    out.add(String.valueOf(http.send(HttpRequest.newBuilder(URI.create(sb.baseUrl() + "/v2/consumer/workflows/wf_none")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode()));
                } catch (java.io.IOException e) {
                    out.add("cut");
                }
            }
        }
        return out;
    }

    @Test
    void sameSeedSameFaults() throws Exception {
        FaultPlan p = FaultPlan.parse("429=0.2,500=0.2,503=0.1,reset=0.1", 7);
        List<String> a = statuses(p, 40);
        assertEquals(a, statuses(p, 40));
        assertNotEquals(a, statuses(p.withSeed(8), 40));
        for (String s : List.of("429", "500", "503", "cut", "404")) assertTrue(a.contains(s), s + " in " + a);
    }

    @Test
    void parsingNamesTheBadPart() {
        assertEquals(0.1, FaultPlan.parse("429=0.1, no_provider=0.2", 1).rate("429"));
        assertEquals(0.2, FaultPlan.parse("no_provider=0.2", 1).rate("no_provider_available"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("418=0.1", 1)).getMessage().contains("unknown fault '418'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("500=2", 1)).getMessage().contains("from 0 to 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("500", 1)).getMessage().contains("kind=rate"));
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("500=0.6,503=0.6", 1));
        assertTrue(FaultPlan.parse("", 1).isNone());
    }

    @Test
    void theKitGetsThroughFaultsWithoutDuplicates() {
        FaultPlan plan = FaultPlan.parse("500=0.15,503=0.1,429=0.1,reset=0.1,expire=1", 3).withRetryAfterSeconds(0);
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withFaults(plan), outputs)) {
            var session = fx.session.with(ClientConfig.of(fx.sandbox.baseUrl(), null)
                    .withRetry(new RetryPolicy(10, Duration.ofMillis(5), Duration.ofSeconds(1))));
            for (int i = 0; i < 12; i++) {
                int k = i;
                WorkflowHandle h = new dev.civkit.dsl.WorkflowBuilder(session)
                        .imageGen(g -> g.engine("flux").prompt("fault " + k).size(64, 64)).submit().await();
                assertEquals("succeeded", h.status());
                var saved = h.download();
                assertTrue(saved.complete(), saved.missing().toString() + " " + (saved.missing().isEmpty() ? "" : String.valueOf(saved.missing().get(0))) + fx.sandbox.faultCounts());
            }
            assertEquals(12, fx.sandbox.workflowsCreated(), "resets after creation never made a second workflow");
            assertTrue(session.client().retryCount() > 0);
            assertTrue(fx.sandbox.faultCounts().getOrDefault("reset", 0L) > 0, fx.sandbox.faultCounts().toString());
            assertTrue(fx.sandbox.faultCounts().getOrDefault("expire", 0L) > 0);
            session.close();
        }
    }

    @Test
    void stepFailuresCarryTheirReasonAndAdvice() {
        for (String reason : List.of("no_provider_available", "blocked", "timeout")) {
            FaultPlan plan = FaultPlan.parse(reason + "=1", 5);
            try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withFaults(plan), outputs)) {
                WorkflowHandle h = fx.workflow().imageGen(g -> g.engine("flux").prompt("x").size(64, 64)).submit().await();
                assertEquals("failed", h.status());
                String why = StatusLine.failure(h.workflow());
                assertNotNull(why);
                assertTrue(why.contains(reason), why);
                assertTrue(why.contains(" - "), "says what to do: " + why);
                if (reason.equals("blocked")) assertTrue(why.contains("fault plan blocked"), why);
            }
        }
    }

    @Test
    void stepFailuresAreReproduciblePerExternalId() {
        FaultPlan plan = FaultPlan.parse("timeout=0.5", 11);
        List<String> first = new ArrayList<>(), second = new ArrayList<>();
        for (List<String> into : List.of(first, second)) {
            try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withFaults(plan), outputs)) {
                for (int i = 0; i < 8; i++) {
                    int k = i;
                    into.add(fx.workflow().imageGen(g -> g.engine("flux").prompt("r").size(64, 64)).externalId("rep-" + k)
                            .submit().await().status());
                }
            }
        }
        assertEquals(first, second);
        assertTrue(first.contains("failed") && first.contains("succeeded"), first.toString());
    }

    @Test
    void whatifWithAKnownExternalIdAnswersTheExistingWorkflow() {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(g -> g.engine("flux").prompt("w").size(64, 64)).externalId("same-key").submit();
            var quote = fx.workflow().imageGen(g -> g.engine("flux").prompt("w").size(64, 64)).externalId("same-key").whatif();
            assertEquals(h.id(), quote.plan().id());
            var fresh = fx.workflow().imageGen(g -> g.engine("flux").prompt("w").size(64, 64)).externalId("other-key").whatif();
            assertNull(fresh.plan().id());
            assertEquals(h.id(), fx.workflow().imageGen(g -> g.engine("flux").prompt("w").size(64, 64)).externalId("same-key").submit().id());
            assertEquals(1, fx.sandbox.workflowsCreated());
        }
    }

    @Test
    void submitAddsAGeneratedKeyButTheBuilderJsonStaysAsWritten() {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            var b = fx.workflow().imageGen(g -> g.engine("flux").prompt("k").size(64, 64));
            assertFalse(b.toJsonNode().has("externalId"));
            WorkflowHandle h = b.submit();
            String key = h.workflow().externalId();
            assertNotNull(key);
            assertTrue(key.matches("civkit-[A-Za-z0-9_-]{22}"), key);
            assertEquals(key, h.request().get("externalId").asString(), "the request sent carries the key");
            assertEquals(dev.civkit.json.Json.parse(b.toJson()).get("steps"), h.request().get("steps"), "and otherwise what the builder wrote");
            assertFalse(b.toJsonNode().has("externalId"), "the builder's own JSON stays as written");
            assertNotEquals(key, b.submit().workflow().externalId(), "each submit() is a new workflow");
            assertEquals(2, fx.sandbox.workflowsCreated());
        }
    }
}
