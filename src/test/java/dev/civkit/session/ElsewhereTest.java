package dev.civkit.session;

import static dev.civkit.Civkit.on;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ApiException;
import dev.civkit.client.ClientConfig;
import dev.civkit.journal.Journal;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An id of another server's workflow gets a 404 that says which server and how to reach it. */
class ElsewhereTest {
    @TempDir
    Path tmp;

    private Session session(Sandbox sb) {
        return Session.builder().config(ClientConfig.of(sb.baseUrl(), null)).outputs(tmp.resolve("out"))
                .out(new PrintStream(PrintStream.nullOutputStream())).journal(Journal.at(tmp.resolve("journal.jsonl"))).build();
    }

    @Test
    void theJournalSaysWhereAnUnknownIdWasSent() {
        try (Sandbox a = Sandbox.start(SandboxConfig.defaults()); Sandbox b = Sandbox.start(SandboxConfig.defaults());
             Session onA = session(a); Session onB = session(b)) {
            String id = on(onA).workflow().step("echo", "{\"message\":\"hi\"}").submit().id();
            ApiException e = assertThrows(ApiException.class, () -> onB.attach(id));
            assertEquals(404, e.status());
            assertTrue(e.getMessage().contains(id + " was submitted to " + a.baseUrl()), e.getMessage());
            assertTrue(e.getMessage().contains("not to this session's " + b.baseUrl()), e.getMessage());
            assertTrue(e.getMessage().contains("baseUrl(\"" + a.baseUrl() + "\")"), e.getMessage());
            assertTrue(e.getMessage().contains("sandbox --port " + URI.create(a.baseUrl()).getPort()), e.getMessage());

            ApiException plain = assertThrows(ApiException.class, () -> onB.attach("wf_01NEVERJOURNALLED000000000"));
            assertEquals(404, plain.status());
            assertFalse(plain.getMessage().contains("was submitted to"), plain.getMessage());
        }
    }
}
