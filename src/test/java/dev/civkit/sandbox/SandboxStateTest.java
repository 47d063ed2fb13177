package dev.civkit.sandbox;

import static org.junit.jupiter.api.Assertions.*;
import static dev.civkit.Civkit.on;

import dev.civkit.client.ClientConfig;
import dev.civkit.journal.Journal;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox with a state folder remembers its workflows across restarts, bounded, one process at a time. */
class SandboxStateTest {
    @TempDir
    Path tmp;

    private static SandboxConfig fast() {
        return SandboxConfig.defaults().withQueueTime(Duration.ofMillis(50)).withRunTime(Duration.ofMillis(300));
    }

    private Session session(Sandbox sb) {
        return Session.builder().config(ClientConfig.of(sb.baseUrl(), null)).outputs(tmp.resolve("out"))
                .out(new PrintStream(PrintStream.nullOutputStream())).journal(Journal.at(tmp.resolve("journal.jsonl"))).build();
    }

    @Test
    void aRestartedSandboxAnswersEarlierWorkflowsOnTheSamePortAndFinishesWorkInFlight() {
        Path state = tmp.resolve("state");
        String done, inFlight, deleted, base;
        try (Sandbox sb = Sandbox.start(fast(), state); Session s = session(sb)) {
            base = sb.baseUrl();
            WorkflowHandle h = on(s).workflow().imageGen(i -> i.engine("flux").prompt("a lighthouse").size(64, 64)).run();
            assertEquals("succeeded", h.status());
            done = h.id();
            deleted = on(s).workflow().step("echo", "{\"message\":\"bye\"}").submit().id();
            on(s).workflow(deleted).delete();
            // Ends with the process: queued, never run.
            inFlight = on(s).workflow().imageGen(i -> i.engine("flux").prompt("a storm").size(64, 64)).submit().id();
        }
        try (Sandbox sb = Sandbox.start(fast(), state); Session s = session(sb)) {
            assertEquals(base, sb.baseUrl(), "the remembered port was free, so handles and journals find it again");
            WorkflowHandle h = on(s).workflow(done).await();
            assertEquals("succeeded", h.status());
            assertFalse(h.files().isEmpty(), "its picture is made again on demand");
            assertEquals("succeeded", on(s).workflow(inFlight).await().status(), "work cut off by the exit finishes now");
            var gone = assertThrows(RuntimeException.class, () -> on(s).workflow(deleted));
            assertTrue(gone.getMessage().contains("404"), gone.getMessage());
        }
    }

    @Test
    void oneProcessAtATimeAndResetEmptiesIt() throws Exception {
        Path state = tmp.resolve("state");
        try (Sandbox sb = Sandbox.start(fast(), state)) {
            var e = assertThrows(Sandbox.StateInUseException.class, () -> Sandbox.start(fast(), state));
            assertTrue(e.getMessage().contains(state + " is in use by another civkit process"), e.getMessage());
            assertEquals(state, sb.stateDir());
        }
        assertTrue(SandboxState.reset(state));
        assertFalse(Files.exists(state));
        assertFalse(SandboxState.reset(state), "nothing left to reset");
    }

    @Test
    void theStateStaysBounded() throws Exception {
        Path state = tmp.resolve("bounded");
        Instant now = Instant.now();
        try (SandboxState s = SandboxState.open(state)) {
            var template = (tools.jackson.databind.node.ObjectNode) dev.civkit.json.Json.parse("{\"steps\":[{\"$type\":\"echo\",\"input\":{}}]}");
            s.added("wf_old", template, now.minus(SandboxState.KEEP).minusSeconds(60));
            for (int i = 0; i < SandboxState.MAX_WORKFLOWS + 20; i++) s.added("wf_" + i, template, now.minusSeconds(1000 - i));
            Files.writeString(state.resolve("workflows.jsonl"), "{\"id\":\"wf_torn\",\"templ", java.nio.file.StandardOpenOption.APPEND);
            List<SandboxState.Saved> kept = s.load(now);
            assertEquals(SandboxState.MAX_WORKFLOWS, kept.size());
            assertEquals("wf_20", kept.get(0).id(), "the oldest beyond the limit are dropped");
            assertTrue(kept.stream().noneMatch(k -> k.id().equals("wf_old")), "expired");
            assertEquals(SandboxState.MAX_WORKFLOWS, Files.readAllLines(state.resolve("workflows.jsonl")).size(), "the log is compacted");
        }
    }
}
