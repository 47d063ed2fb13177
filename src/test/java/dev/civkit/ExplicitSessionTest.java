package dev.civkit;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ClientConfig;
import dev.civkit.journal.Journal;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verbs bound to a session of one's own: two in one JVM keep apart, and none touches the JVM-wide one. */
class ExplicitSessionTest {
    @TempDir
    Path dir;

    private Session sessionOn(Sandbox sb, String name) {
        return Session.builder().config(ClientConfig.of(sb.baseUrl(), null)).outputs(dir.resolve(name))
                .out(new PrintStream(PrintStream.nullOutputStream())).journal(Journal.at(dir.resolve(name + ".jsonl"))).build();
    }

    @Test
    void twoBoundSessionsKeepTheirWorkApart() {
        try (Sandbox a = Sandbox.start(SandboxFixture.fast()); Sandbox b = Sandbox.start(SandboxFixture.fast());
             Session sa = sessionOn(a, "a"); Session sb = sessionOn(b, "b")) {
            WorkflowHandle h = Civkit.on(sa).workflow().imageGen(i -> i.engine("flux").prompt("apart").size(64, 64)).run();
            assertEquals("succeeded", h.workflow().status());
            assertEquals(1, Civkit.on(sa).history().toString().lines().filter(l -> l.contains(h.id())).count());
            assertFalse(Civkit.on(sb).history().toString().contains(h.id()), "b's journal must not know a's workflow");
            long bBefore = b.requestCount();
            Civkit.on(sb).workflow().imageGen(i -> i.engine("flux").prompt("b").size(64, 64)).whatif();
            assertEquals(bBefore + 1, b.requestCount(), "b's verbs go to b's sandbox");
        }
    }

    @Test
    void aBuilderNamesWhatIsMissing() {
        IllegalStateException noConfig = assertThrows(IllegalStateException.class, () -> Session.builder().build());
        assertTrue(noConfig.getMessage().contains(".config("), noConfig.getMessage());
        IllegalStateException noJournal = assertThrows(IllegalStateException.class,
                () -> Session.builder().config(ClientConfig.of("http://127.0.0.1:9", null)).build());
        assertTrue(noJournal.getMessage().contains(".journal("), noJournal.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Civkit.on(null));
    }

    @Test
    void closingASessionStopsTheSandboxItOwnsAndItsWebhookReceiver() throws Exception {
        Sandbox sb = Sandbox.start(SandboxFixture.fast());
        Session s = Session.builder().ownedSandbox(sb).outputs(dir).out(new PrintStream(PrintStream.nullOutputStream()))
                .journal(Journal.at(dir.resolve("j.jsonl"))).build();
        String hook = s.webhooks().url();
        assertTrue(s.isSandbox());
        s.close();
        assertThrows(java.io.IOException.class, () -> new java.net.Socket("127.0.0.1", java.net.URI.create(sb.baseUrl()).getPort()).close());
        assertThrows(java.io.IOException.class, () -> new java.net.Socket("127.0.0.1", java.net.URI.create(hook).getPort()).close());
    }
}
