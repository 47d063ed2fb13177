package dev.civkit.sandbox;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The sandbox's live profile answers in the shapes the live Orchestration API was seen to use, over real HTTP. */
class LiveProfileTest {
    private static final String QUICK = "{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"live\",\"width\":64,\"height\":64}}]}";

    private static SandboxConfig live(Profile p) {
        return SandboxClient.fast().withProfile(p);
    }

    private static JsonNode finished(SandboxClient c, String body) {
        SandboxClient.Reply r = c.post("/v2/consumer/workflows?wait=30", body);
        assertEquals(200, r.status(), () -> new String(r.bytes(), StandardCharsets.UTF_8));
        return r.json();
    }

    @Test
    void idsNamesTimesAndBlobsHaveTheLiveShapes() throws Exception {
        try (Sandbox sb = Sandbox.start(live(Profile.live().withBlobsAvailableAfter(Duration.ofMillis(1500))))) {
            SandboxClient c = new SandboxClient(sb);
            JsonNode w = finished(c, QUICK);
            String id = w.get("id").asString();
            assertTrue(id.matches("\\d{7}-\\d{17}"), id);
            JsonNode step = w.get("steps").get(0);
            assertEquals("$0", step.get("name").asString());
            assertTrue(w.get("createdAt").asString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z"), w.get("createdAt").asString());
            assertTrue(w.get("completedAt").asString().matches(".*\\.\\d{7}\\+00:00"), w.get("completedAt").asString());
            assertFalse(step.get("jobs").get(0).get("id").asString().startsWith("job_"));

            JsonNode image = step.get("output").get("images").get(0);
            assertFalse(image.has("type"), "live image entries carry no type: " + image);
            assertTrue(image.get("id").asString().matches("[0-9a-f-]{36}-0\\.jpg"), image.get("id").asString());
            assertEquals(64, image.get("width").asInt());
            assertTrue(image.has("previewUrl") && image.has("previewUrlExpiresAt") && image.has("urlExpiresAt"), image.toString());
            URI url = URI.create(image.get("url").asString());
            URI api = URI.create(sb.baseUrl());
            assertNotEquals(api.getAuthority(), url.getAuthority(), "blob URLs are on another host");
            assertEquals(sb.blobHost(), url.getScheme() + "://" + url.getAuthority());
            assertTrue(url.getRawQuery().contains("sig=") && url.getRawQuery().contains("exp="), url.toString());

            // Unavailable at first, while its URL already serves; available later.
            assertFalse(image.get("available").asBoolean(), image.toString());
            SandboxClient.Reply bytes = SandboxClient.getAbsolute(url.toString());
            assertEquals(200, bytes.status());
            assertEquals("image/jpeg", bytes.header("Content-Type"));
            assertEquals(0xFF, bytes.bytes()[0] & 0xFF);
            Thread.sleep(1700);
            JsonNode again = c.get("/v2/consumer/workflows/" + id).json();
            assertTrue(again.get("steps").get(0).get("output").get("images").get(0).get("available").asBoolean());
            assertEquals(0, sb.blobHostRequestsWithAuthorization());
            SandboxClient.assertSchema("Workflow", again);
        }
    }

    @Test
    void getBlobAnswersEveryRedirectKindSomeRelativeAndEachServes() {
        try (Sandbox sb = Sandbox.start(live(Profile.live()))) {
            SandboxClient c = new SandboxClient(sb);
            String blobId = finished(c, QUICK).get("steps").get(0).get("output").get("images").get(0).get("id").asString();
            Set<Integer> statuses = new HashSet<>();
            int relative = 0;
            for (int i = 0; i < 4; i++) {
                SandboxClient.Reply r = c.get("/v2/consumer/blobs/" + blobId);
                statuses.add(r.status());
                String location = r.header("Location");
                assertNotNull(location);
                if (location.startsWith("/")) relative++;
                String resolved = URI.create(sb.baseUrl() + "/v2/consumer/blobs/" + blobId).resolve(location).toString();
                assertEquals(200, SandboxClient.getAbsolute(resolved).status(), resolved);
            }
            assertEquals(Set.of(301, 302, 307, 308), statuses);
            assertEquals(2, relative);
        }
    }

    @Test
    void theGatewayCutsHeldLongPollsWithHtmlOrEmptyBodies() {
        SandboxConfig slow = live(Profile.live().withGatewayHold(Duration.ofMillis(300))).withRunTime(Duration.ofSeconds(5));
        try (Sandbox sb = Sandbox.start(slow)) {
            SandboxClient c = new SandboxClient(sb);
            SandboxClient.Reply submitted = c.post("/v2/consumer/workflows", QUICK);
            assertEquals(202, submitted.status());
            String id = submitted.json().get("id").asString();
            SandboxClient.Reply first = c.get("/v2/consumer/workflows/" + id + "?wait=30");
            assertEquals(504, first.status());
            assertTrue(first.header("Content-Type").startsWith("text/html"));
            assertTrue(new String(first.bytes(), StandardCharsets.UTF_8).contains("<center>nginx</center>"));
            SandboxClient.Reply second = c.get("/v2/consumer/workflows/" + id + "?wait=30");
            assertEquals(502, second.status());
            assertEquals(0, second.bytes().length);
            assertEquals(2, sb.gatewayCuts());
            assertEquals(202, c.get("/v2/consumer/workflows/" + id).status(), "a plain read is not held, so not cut");
        }
    }

    @Test
    void failuresAreRefundedAndTheirReasonsSitInEachOfTheThreePlaces() {
        try (Sandbox sb = Sandbox.start(live(Profile.live()))) {
            SandboxClient c = new SandboxClient(sb);
            Set<String> places = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                JsonNode w = finished(c, QUICK.replace("\"live\"", "\"sandbox:fail " + i + "\""));
                assertEquals("failed", w.get("status").asString());
                assertEquals(0, w.get("cost").get("total").asInt());
                List<JsonNode> tx = w.get("transactions").get("list").valueStream().toList();
                assertEquals(2, tx.size(), tx.toString());
                assertEquals("debit", tx.get(0).get("type").asString());
                assertEquals("credit", tx.get(1).get("type").asString());
                assertEquals(tx.get(0).get("amount").asLong(), tx.get(1).get("amount").asLong());
                JsonNode step = w.get("steps").get(0), job = step.get("jobs").get(0);
                if (step.path("output").has("errors")) places.add("output.errors");
                else if (job.has("reason") || job.has("blockedReason")) places.add("job");
                else places.add("nowhere");
            }
            assertEquals(Set.of("output.errors", "job", "nowhere"), places);
        }
    }

    @Test
    void serverErrorsAreHtmlOrEmptyAndRateLimitsCanAskForLongWaits() {
        FaultPlan five = FaultPlan.parse("500=1", 1);
        try (Sandbox sb = Sandbox.start(live(Profile.live()).withFaults(five))) {
            SandboxClient.Reply r = new SandboxClient(sb).get("/v2/consumer/workflows/123-456");
            assertEquals(500, r.status());
            assertTrue(r.header("Content-Type").startsWith("text/html"));
        }
        try (Sandbox sb = Sandbox.start(live(Profile.live()).withFaults(FaultPlan.parse("503=1", 1)))) {
            SandboxClient.Reply r = new SandboxClient(sb).get("/v2/consumer/workflows/123-456");
            assertEquals(503, r.status());
            assertEquals(0, r.bytes().length);
        }
        try (Sandbox sb = Sandbox.start(live(Profile.live()).withFaults(FaultPlan.parse("429=1", 1).withRetryAfterSeconds(45)))) {
            SandboxClient.Reply r = new SandboxClient(sb).get("/v2/consumer/workflows/123-456");
            assertEquals(429, r.status());
            assertEquals("45", r.header("Retry-After"));
        }
    }

    @Test
    void theStandardProfileIsUnchanged() {
        try (Sandbox sb = Sandbox.start(SandboxClient.fast())) {
            JsonNode w = finished(new SandboxClient(sb), QUICK);
            assertTrue(w.get("id").asString().startsWith("wf_"));
            assertEquals("0", w.get("steps").get(0).get("name").asString());
            JsonNode image = w.get("steps").get(0).get("output").get("images").get(0);
            assertEquals("image", image.get("type").asString());
            assertTrue(image.get("available").asBoolean());
            assertTrue(image.get("url").asString().startsWith(sb.baseUrl()));
            assertNull(sb.blobHost());
        }
    }
}
