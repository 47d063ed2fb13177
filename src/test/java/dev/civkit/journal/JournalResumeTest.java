package dev.civkit.journal;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.session.Resumed;
import dev.civkit.SandboxFixture;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.SubmitOptions;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every submission is journalled before submit() returns; resume() picks up what a restart left behind. */
class JournalResumeTest {
    @TempDir
    Path dir;

    Session session(SandboxFixture fx, Journal j) {
        return Session.builder().config(ClientConfig.of(fx.sandbox.baseUrl(), null)).outputs(dir.resolve("outputs")).out(new PrintStream(new ByteArrayOutputStream())).journal(j).build();
    }

    @Test
    void intentAndSubmissionAreOnDiskWhenSubmitReturns() throws Exception {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), dir); Session s = session(fx, j)) {
            WorkflowHandle h = new WorkflowBuilder(s).imageGen(g -> g.engine("flux").prompt("journal").size(64, 64)).submit();
            List<String> lines = Files.readAllLines(j.path());
            assertEquals(2, lines.size(), lines.toString());
            var intent = Json.parse(lines.get(0));
            assertEquals("intent", intent.get("event").asString());
            assertEquals(fx.sandbox.baseUrl(), intent.get("baseUrl").asString());
            assertEquals("journal", intent.get("request").get("steps").get(0).get("input").get("prompt").asString());
            String key = intent.get("externalId").asString();
            var submitted = Json.parse(lines.get(1));
            assertEquals(h.id(), submitted.get("id").asString());
            assertEquals(key, submitted.get("externalId").asString());
            h.await().download();
            Entry e = j.entries().get(0);
            assertEquals("succeeded", e.status());
            assertNotNull(e.downloadedTo());
            assertFalse(e.needsResume());
            String text = Files.readString(j.path());
            assertTrue(text.contains("\"event\":\"status\"") && text.contains("\"event\":\"downloaded\""), text);
        }
    }

    @Test
    void resumeAfterARestartAwaitsAndDownloadsWhatWasLeft() throws Exception {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withRunTime(Duration.ofMillis(1500)), dir)) {
            String a, b, done;
            try (Session first = session(fx, j)) {
                done = new WorkflowBuilder(first).imageGen(g -> g.engine("flux").prompt("done").size(64, 64)).submit().await().id();
                new WorkflowBuilder(first).imageGen(g -> g.engine("flux").prompt("saved")).submit().await().download();
                a = new WorkflowBuilder(first).imageGen(g -> g.engine("flux").prompt("left a").size(64, 64)).submit().id();
                b = new WorkflowBuilder(first).imageGen(g -> g.engine("flux").prompt("left b").size(64, 64)).submit().id();
            } // the JShell restarts here
            try (Session second = session(fx, Journal.at(j.path()))) {
                String history = second.history(20).toString();
                assertTrue(history.contains(a + " ") && history.contains("resume() picks up 3, 0 unreachable"), history);
                Resumed r = second.resume();
                assertEquals(List.of(done, a, b), r.resumed().stream().map(WorkflowHandle::id).toList(), r.toString());
                assertTrue(r.unreachable().isEmpty(), r.toString());
                for (WorkflowHandle h : r.resumed()) {
                    assertEquals("succeeded", h.status());
                    assertTrue(Files.isRegularFile(dir.resolve("outputs").resolve(h.id()).resolve("workflow.json")));
                }
                assertTrue(second.resume().resumed().isEmpty(), "nothing left the second time");
                assertEquals(4, fx.sandbox.workflowsCreated());
            }
        }
    }

    @Test
    void aLostAnswerIsRecoveredWithTheSameKeyAndNeverDuplicated() {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), dir); Session s = session(fx, j)) {
            var created = Json.parse("{\"externalId\":\"lost-1\",\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"a\",\"width\":64,\"height\":64}}]}");
            var neverSent = Json.parse("{\"externalId\":\"lost-2\",\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"b\",\"width\":64,\"height\":64}}]}");
            // The request reached the server, the answer did not: only the intent is in the journal.
            j.intent("lost-1", fx.sandbox.baseUrl(), created);
            String serverId = s.client().submitWorkflow(created, SubmitOptions.now()).workflow().id();
            // The process died before even sending this one.
            j.intent("lost-2", fx.sandbox.baseUrl(), neverSent);
            Resumed r = s.resume();
            assertEquals(2, r.resumed().size(), r.toString());
            assertEquals(serverId, r.resumed().get(0).id());
            assertEquals(2, fx.sandbox.workflowsCreated(), "lost-1 answered the existing workflow");
        }
    }

    @Test
    void workflowsOfAnotherOrchestratorOrAGoneSandboxAreReportedUnreachable() {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        j.submitted("wf_ELSEWHERE", "k-else", "http://127.0.0.1:1", "processing");
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), dir); Session s = session(fx, j)) {
            j.submitted("wf_00000000000000000000000000", "k-gone", fx.sandbox.baseUrl(), "processing");
            Resumed r = s.resume();
            assertTrue(r.resumed().isEmpty());
            assertEquals(2, r.unreachable().size(), r.toString());
            assertTrue(r.toString().contains("wf_ELSEWHERE: sent to http://127.0.0.1:1"), r.toString());
            assertTrue(r.toString().contains("no longer knows it"), r.toString());
        }
    }

    @Test
    void oneBadOrUnsafeEntryIsReportedAndSkippedAndTheRestAreResumed() throws Exception {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withRunTime(Duration.ofMillis(300)), dir)) {
            j.submitted("../../etc/passwd", "k-unsafe", fx.sandbox.baseUrl(), "processing");
            // An intent whose journalled request the kit can no longer send.
            j.intent("k-broken", fx.sandbox.baseUrl(), Json.parse("{\"externalId\":\"k-broken\",\"steps\":\"not a list\"}"));
            String left;
            try (Session first = session(fx, j)) {
                left = new WorkflowBuilder(first).imageGen(g -> g.engine("flux").prompt("left").size(64, 64)).submit().id();
            }
            try (Session second = session(fx, Journal.at(j.path()))) {
                Resumed r = second.resume();
                assertEquals(List.of(left), r.resumed().stream().map(WorkflowHandle::id).toList(), r.toString());
                assertEquals(2, r.unreachable().size(), r.toString());
                assertTrue(r.toString().contains("unsafe id"), r.toString());
                assertTrue(r.toString().contains("k-broken"), r.toString());
            }
        }
    }

    @Test
    void aJournalThatCannotBeWrittenIsSaidOutLoudNotSwallowed() throws Exception {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withRunTime(Duration.ofMillis(300)), dir);
             Session s = Session.builder().config(ClientConfig.of(fx.sandbox.baseUrl(), null)).outputs(dir.resolve("outputs"))
                     .out(new PrintStream(console, true)).journal(j).build()) {
            WorkflowHandle h = new WorkflowBuilder(s).imageGen(g -> g.engine("flux").prompt("unwritable").size(64, 64)).submit();
            Files.delete(j.path());
            Files.createDirectory(j.path()); // the journal can no longer be appended to
            h.await(Duration.ofMinutes(1), dev.civkit.wait.ProgressListener.NONE).download();
            assertEquals(1, h.files().size(), "the work itself goes on");
            String said = console.toString();
            assertTrue(said.contains("could not journal " + h.id()), said);
            assertTrue(said.contains("could not journal the download of " + h.id()), said);
        }
    }

    @Test
    void locationComesFromTheEnvironmentOrHome() {
        assertEquals(Path.of("/tmp/x.jsonl"), Journal.fromEnvironment(java.util.Map.of("CIVKIT_JOURNAL", "/tmp/x.jsonl")).path());
        assertEquals(Path.of(System.getProperty("user.home"), ".civkit", "journal.jsonl"), Journal.fromEnvironment(java.util.Map.of()).path());
    }

    @Test
    void aTornLastLineDoesNotLoseTheOthers() throws Exception {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        j.submitted("wf_A", "k-a", "http://h", "processing");
        Files.writeString(j.path(), "{\"event\":\"status\",\"id\":\"wf_", java.nio.file.StandardOpenOption.APPEND);
        assertEquals("wf_A", j.entries().get(0).id());
    }

    /** Passes the client's checks but not the sandbox's (it allows at most 10 images a step). */
    // No engine: a rule of the imageGen type that only the server judges, so the request is sent and refused.
    static final String REFUSED = "{\"externalId\":\"refused-1\",\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"prompt\":\"r\",\"width\":64,\"height\":64}}]}";

    @Test
    void aRefusedSubmissionIsJournalledAsRejectedAndNeverResent() throws Exception {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), dir); Session s = session(fx, j)) {
            var e = assertThrows(dev.civkit.client.ApiException.class, () -> s.submit(Json.parse(REFUSED), 0));
            assertEquals(400, e.status());
            Entry refused = j.entries().get(0);
            assertEquals("refused-1", refused.externalId());
            assertTrue(refused.terminal(), refused.toString());
            assertFalse(refused.needsResume(), refused.toString());
            String history = s.history(20).toString();
            assertTrue(history.contains("refused-1") && history.contains("rejected") && history.contains("400"), history);
            assertFalse(history.contains("resume() picks"), history);
            long before = fx.sandbox.requestCount();
            assertTrue(s.resume().resumed().isEmpty());
            assertEquals(before, fx.sandbox.requestCount(), "a rejected submission is not sent again");
        }
    }

    @Test
    void resumeListsARefusedIntentAndStillFinishesTheOthers() throws Exception {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast().withRunTime(Duration.ofMillis(800)), dir)) {
            String left;
            try (Session first = session(fx, j)) {
                // A journal from before rejections were recorded: the intent is all there is.
                j.intent("refused-1", fx.sandbox.baseUrl(), Json.parse(REFUSED));
                left = new WorkflowBuilder(first).imageGen(g -> g.engine("flux").prompt("left").size(64, 64)).submit().id();
            }
            try (Session second = session(fx, Journal.at(j.path()))) {
                Resumed r = second.resume();
                assertEquals(List.of(left), r.resumed().stream().map(WorkflowHandle::id).toList(), r.toString());
                assertEquals("succeeded", r.resumed().get(0).status());
                assertEquals(1, r.unreachable().size(), r.toString());
                assertTrue(r.unreachable().get(0).contains("key refused-1") && r.unreachable().get(0).contains("400"), r.toString());
                assertTrue(second.resume().resumed().isEmpty(), "nothing left the second time");
                assertTrue(second.resume().unreachable().isEmpty(), "the refusal is recorded, not met again");
            }
        }
    }

    @Test
    void aWorkflowAnsweredFinishedIsOneEntry() {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), dir); Session s = session(fx, j)) {
            WorkflowHandle h = new WorkflowBuilder(s).imageGen(g -> g.engine("flux").prompt("waited").size(64, 64)).submit(30);
            assertEquals("succeeded", h.status(), "the submit answer itself is terminal");
            h.download();
            List<Entry> entries = j.entries();
            assertEquals(1, entries.size(), entries.toString());
            assertEquals(h.id(), entries.get(0).id());
            assertNotNull(entries.get(0).externalId());
            assertNotNull(entries.get(0).downloadedTo(), entries.toString());
            String history = s.history(20).toString();
            assertTrue(history.contains(h.id() + " succeeded") && history.contains("saved in"), history);
            assertFalse(history.contains("resume() picks"), history);
            assertTrue(s.resume().resumed().isEmpty(), "nothing to do");
        }
    }

    @Test
    void linesInAnyOrderFoldIntoOneEntryPerWorkflow() {
        Journal j = Journal.at(dir.resolve("j.jsonl"));
        j.intent("k-1", "http://h", Json.parse("{\"steps\":[]}"));
        j.terminal("wf_1", "http://h", "succeeded");
        j.submitted("wf_1", "k-1", "http://h", "processing");
        j.downloaded("wf_1", "http://h", dir.resolve("out"), List.of(), true);
        List<Entry> entries = j.entries();
        assertEquals(1, entries.size(), entries.toString());
        Entry e = entries.get(0);
        assertEquals("k-1", e.externalId());
        assertEquals("wf_1", e.id());
        assertEquals("succeeded", e.status(), "a terminal status is final");
        assertNotNull(e.downloadedTo());
        assertNotNull(e.request());
    }

    @Test
    void entriesComeInSubmissionOrderAndAResendKeepsItsPlace() throws Exception {
        Path file = dir.resolve("order.jsonl");
        // Two processes appending: the later-sent intent's line landed first.
        Files.writeString(file, String.join("\n",
                "{\"event\":\"intent\",\"time\":\"2026-01-02T10:00:05.123456789Z\",\"externalId\":\"k-b\",\"baseUrl\":\"http://h\",\"request\":{}}",
                "{\"event\":\"intent\",\"time\":\"2026-01-02T10:00:01.000000001Z\",\"externalId\":\"k-a\",\"baseUrl\":\"http://h\",\"request\":{}}",
                "{\"event\":\"status\",\"time\":\"2026-01-02T10:00:03Z\",\"id\":\"wf_attached\",\"baseUrl\":\"http://h\",\"status\":\"succeeded\"}",
                // resume() resending k-a later must not move it or change when it was sent
                "{\"event\":\"intent\",\"time\":\"2026-01-02T11:00:00Z\",\"externalId\":\"k-a\",\"baseUrl\":\"http://h\",\"request\":{}}",
                ""));
        List<Entry> entries = Journal.at(file).entries();
        assertEquals(List.of("k-a", "wf_attached", "k-b"),
                entries.stream().map(e -> e.externalId() != null ? e.externalId() : e.id()).toList(), entries.toString());
        assertEquals("2026-01-02T10:00:01.000000001Z", entries.get(0).time());
        assertEquals("http://h", entries.get(1).baseUrl(), "an attached workflow's entry knows its orchestrator");
    }
}
