package dev.civkit.client;

import dev.civkit.endpoints.Wire;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class QueryWorkflowsTest {
    @TempDir
    static Path dir;
    static SandboxFixture fx;
    static CivitaiClient client;
    static final List<String> paged = new ArrayList<>(); // tagged "paged", oldest first
    static String failedId;
    static Instant beforeAll, middle;

    @BeforeAll
    static void up() throws InterruptedException {
        fx = SandboxFixture.start(SandboxFixture.fast(), dir);
        client = fx.session.client();
        beforeAll = Instant.now();
        for (int i = 0; i < 25; i++) {
            if (i == 12) {
                Thread.sleep(20);
                middle = Instant.now();
            }
            int n = i;
            paged.add(fx.workflow().imageGen(g -> g.engine("flux").prompt("cat " + n).size(64, 64)).tag("paged")
                    .metadata("project", n % 2 == 0 ? "even-cats" : "odd-cats").submit().id());
        }
        failedId = fx.workflow().imageGen(g -> g.engine("flux").prompt("sandbox:fail").size(64, 64)).tag("mixed").submit().id();
        fx.workflow().imageGen(g -> g.engine("flux").prompt("fine").size(64, 64)).tag("mixed").submit().await();
        fx.session.attach(failedId).await();
    }

    @AfterAll
    static void down() {
        fx.close();
    }

    @Test
    void pagesAreFetchedOnlyWhenConsumed() {
        WorkflowQuery q = WorkflowQuery.all().tagged("paged").pageSize(10);
        long before = client.requestCount();
        Iterator<Workflow> it = client.queryWorkflows(q).iterator();
        assertEquals(before, client.requestCount(), "making the stream sends nothing");
        for (int i = 0; i < 10; i++) it.next();
        assertEquals(before + 1, client.requestCount(), "ten workflows come from one page");
        it.next();
        assertEquals(before + 2, client.requestCount(), "the eleventh needs the second page");
        long mark = client.requestCount();
        assertEquals(5, client.queryWorkflows(q).limit(5).count());
        assertEquals(mark + 1, client.requestCount(), "limit(5) on the stream reads one page and stops");
        mark = client.requestCount();
        List<String> all = client.queryWorkflows(q).map(Workflow::id).toList();
        assertEquals(3, client.requestCount() - mark, "25 workflows in pages of 10: three requests, none more");
        List<String> newestFirst = new ArrayList<>(paged);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, all);
    }

    @Test
    void aLimitAsksForNoMoreThanItNeeds() {
        long mark = client.requestCount();
        List<Workflow> three = client.queryWorkflows(WorkflowQuery.all().tagged("paged").limit(3)).toList();
        assertEquals(3, three.size());
        assertEquals(1, client.requestCount() - mark);
        assertEquals(paged.get(24), three.get(0).id());
    }

    @Test
    void ascendingDatesTextAndFailedFilters() {
        List<String> oldest = client.queryWorkflows(WorkflowQuery.all().tagged("paged").oldestFirst().limit(4)).map(Workflow::id).toList();
        assertEquals(paged.subList(0, 4), oldest);
        long sinceMiddle = client.queryWorkflows(WorkflowQuery.all().tagged("paged").from(middle)).count();
        assertEquals(13, sinceMiddle);
        long untilMiddle = client.queryWorkflows(WorkflowQuery.all().tagged("paged").to(middle)).count();
        assertEquals(12, untilMiddle);
        assertEquals(0, client.queryWorkflows(WorkflowQuery.all().from(Instant.now().plusSeconds(60))).count());
        List<Workflow> odd = client.queryWorkflows(WorkflowQuery.all().matching("odd-cats")).toList();
        assertEquals(12, odd.size());
        assertTrue(odd.stream().allMatch(w -> "odd-cats".equals(w.metadata().get("project"))));
        List<String> mixed = client.queryWorkflows(WorkflowQuery.all().tagged("mixed")).map(Workflow::id).toList();
        assertTrue(mixed.contains(failedId));
        List<String> withoutFailed = client.queryWorkflows(WorkflowQuery.all().tagged("mixed").withoutFailed()).map(Workflow::id).toList();
        assertEquals(1, withoutFailed.size());
        assertFalse(withoutFailed.contains(failedId));
        assertEquals(0, client.queryWorkflows(WorkflowQuery.all().tagged("paged").tagged("mixed")).count(), "tags add up");
    }

    @Test
    void answersMatchTheSchemaAndTheLastPageEnds() {
        String base = fx.sandbox.baseUrl() + "/v2/consumer/workflows?tags=paged&take=20";
        JsonNode first = Wire.getJson(base, 200);
        Wire.assertSchema("CursedArrayOfTelemetryCursorAndWorkflow", first);
        assertEquals(20, first.get("items").size());
        JsonNode second = Wire.getJson(base + "&cursor=" + first.get("next").asString(), 200);
        Wire.assertSchema("CursedArrayOfTelemetryCursorAndWorkflow", second);
        assertEquals(5, second.get("items").size());
        assertEquals("", second.get("next").asString());
        WorkflowPage p = client.queryWorkflowsPage(WorkflowQuery.all().tagged("paged").pageSize(20), null);
        assertTrue(p.hasNext());
    }

    @Test
    void badParametersAre400() {
        ApiException e = assertThrows(ApiException.class, () -> client.queryWorkflowsPage(WorkflowQuery.all(), "not-a-cursor"));
        assertEquals(400, e.status());
        assertTrue(e.fieldErrors().containsKey("cursor"), e.getMessage());
        ApiException take = assertThrows(ApiException.class, () -> client.queryWorkflowsPage(WorkflowQuery.all().pageSize(1000), null));
        assertEquals(400, take.status());
        assertThrows(IllegalArgumentException.class, () -> WorkflowQuery.all().pageSize(0));
        assertThrows(IllegalArgumentException.class, () -> WorkflowQuery.all().from(Instant.now()).to(Instant.now().minusSeconds(5)));
    }

    @Test
    void theSessionBuilderPrintsStatusLinesAndGivesHandles() {
        String shown = fx.session.workflows().tagged("paged").oldestFirst().take(3).listing();
        String[] lines = shown.split("\n");
        assertEquals(3, lines.length, shown);
        for (int i = 0; i < 3; i++) assertTrue(lines[i].startsWith(paged.get(i)), lines[i]);
        List<WorkflowHandle> handles = fx.session.workflows().tagged("paged").since(middle).take(2).handles();
        assertEquals(List.of(paged.get(24), paged.get(23)), handles.stream().map(WorkflowHandle::id).toList());
        assertEquals("(no workflows match)", fx.session.workflows().tagged("nothing-has-this").listing());
    }

    @Test
    void printingTheListAsAValueSendsNothing() {
        long before = fx.sandbox.requestCount();
        String value = fx.session.workflows().tagged("paged").since("2025-06-01").take(3).toString();
        assertEquals(before, fx.sandbox.requestCount(), "toString() must not fetch");
        assertTrue(value.startsWith("workflows tagged paged since 2025-06-01T00:00:00Z"), value);
        assertTrue(value.contains("print()"), value);
    }
}
