package dev.civkit.session;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ClientConfig;
import dev.civkit.client.Workflow;
import dev.civkit.client.WorkflowFailedException;
import dev.civkit.journal.Journal;
import org.junit.jupiter.api.Tag;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exception a failed workflow raises carries the same reasons as its status line. No request is sent. */
@Tag("unit")
class OrThrowTest {
    @TempDir
    Path dir;

    WorkflowHandle handle(String json) {
        Session s = Session.builder().config(ClientConfig.of("http://127.0.0.1:9", null)).outputs(dir)
                .out(new PrintStream(PrintStream.nullOutputStream())).journal(Journal.at(dir.resolve("j.jsonl"))).build();
        return new WorkflowHandle(s, Workflow.fromJson(json), null);
    }

    @Test
    void aFailedWorkflowThrowsWithEveryReasonAndTheRefund() {
        WorkflowHandle h = handle("""
                {"id":"9005769-9","status":"failed","transactions":{"list":[{"type":"debit","amount":5,"accountType":"blue"},{"type":"credit","amount":5,"accountType":"blue"}]},
                 "steps":[{"$type":"imageGen","name":"$0","output":{"errors":["worker crashed"]},"jobs":[{"id":"j","reason":"timeout"}]}]}""");
        WorkflowFailedException e = assertThrows(WorkflowFailedException.class, h::orThrow);
        assertTrue(e.getMessage().contains("worker crashed") && e.getMessage().contains("timeout") && e.getMessage().contains("refunded"), e.getMessage());
        WorkflowHandle silent = handle("{\"id\":\"9005769-8\",\"status\":\"failed\",\"steps\":[]}");
        assertTrue(assertThrows(WorkflowFailedException.class, silent::orThrow).getMessage().contains("no reason given by the service"));
        WorkflowHandle ok = handle("{\"id\":\"9005769-7\",\"status\":\"succeeded\",\"steps\":[]}");
        assertSame(ok, ok.orThrow());
    }
}
