package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.kernel.JupyterTestClient.Msg;
import dev.civkit.request.BadInputSamples;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad input in notebook cells, over the Jupyter protocol: each cell ends in one error naming the
 * field and the rule (no kernel stack frames, no crash), nothing reaches the orchestrator, and the
 * next cell runs a workflow in the same kernel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelBadInputTest {
    private static final long T = 60_000;
    private JupyterTestClient client;

    @BeforeAll
    void startKernel() throws Exception {
        client = JupyterTestClient.civkitKernel("civkit-bad-input-kernel", T);
    }

    @AfterAll
    void stop() throws Exception {
        client.shutdownKernel(T);
    }

    /** The traceback the notebook shows: the iopub error message's, which the kernel formats. */
    private String shownTraceback;

    private Msg execute(String code) {
        String id = client.sendExecute(code);
        shownTraceback = client.iopubUntilIdle(id, T).stream().filter(m -> m.type().equals("error"))
                .map(m -> m.content().get("traceback").toString()).findFirst().orElse("");
        return client.shellReply(id, T);
    }

    private static String status(Msg reply) {
        return reply.content().get("status").getAsString();
    }

    @Test
    void eachBadCellIsOneErrorAndTheKernelGoesOn() {
        var sandbox = dev.civkit.Civkit.session().sandbox();
        long before = sandbox.requestCount();
        for (BadInputSamples.Sample s : BadInputSamples.LINES) {
            Msg reply = execute(s.code());
            assertEquals("error", status(reply), s.code());
            String ename = reply.content().get("ename").getAsString();
            String evalue = reply.content().get("evalue").getAsString();
            assertTrue(ename.endsWith("InvalidRequestException"), s.code() + " -> " + ename + ": " + evalue);
            assertTrue(evalue.startsWith(s.field() + ": "), s.code() + " should name " + s.field() + ": " + evalue);
            assertTrue(evalue.contains(s.rule()), s.code() + " should say " + s.rule() + ": " + evalue);
            String trace = reply.content().get("traceback").toString() + shownTraceback;
            assertFalse(trace.contains("dev.civkit."), "no civkit frames, nor its class names, in a user's mistake: " + trace);
            assertFalse(trace.contains("    at "), "the message alone, no frames: " + trace);
            assertTrue(shownTraceback.contains(s.field() + ": ") && !shownTraceback.contains("Exception"), "the message itself is the traceback: " + trace);
        }
        assertEquals(before, sandbox.requestCount(), "no bad cell may reach the orchestrator");

        String id = client.sendExecute(BadInputSamples.VALID);
        List<Msg> iopub = client.iopubUntilIdle(id, T);
        assertEquals("ok", status(client.shellReply(id, T)));
        String result = iopub.stream().filter(m -> m.type().equals("execute_result"))
                .map(m -> m.content().getAsJsonObject("data").get("text/plain").getAsString()).findFirst().orElse("");
        assertTrue(result.contains("succeeded"), "the kernel runs a workflow afterwards: " + iopub);
    }

    /**
     * A request the kernel cannot read (signed with another key, or its JSON cut short) on the
     * shell or the control channel is dropped, and the very next request on that channel is answered:
     * no unreadable message may end a channel and leave the notebook waiting on a kernel that looks alive.
     */
    @Test
    void anUnreadableRequestIsDroppedAndTheNextIsAnswered() {
        String header = "{\"msg_id\":\"forged\",\"session\":\"s\",\"username\":\"u\",\"date\":\"2026-12-07T00:00:00Z\","
                + "\"msg_type\":\"kernel_info_request\",\"version\":\"5.3\"}";
        List<String[]> unreadable = List.of(
                new String[] {"0".repeat(64), header, "{}", "{}", "{}"},
                new String[] {client.sign(header.replace("}", ""), "{}", "{}", "{}"), header.replace("}", ""), "{}", "{}", "{}"});
        for (boolean onControl : new boolean[] {false, true}) {
            for (String[] frames : unreadable) {
                client.sendFrames(onControl, frames);
                String id = onControl ? client.sendControl("kernel_info_request", new com.google.gson.JsonObject())
                        : client.sendShell("kernel_info_request", new com.google.gson.JsonObject());
                Msg reply = onControl ? client.controlReply(id, T) : client.shellReply(id, T);
                assertEquals("ok", status(reply), (onControl ? "control" : "shell") + " after " + String.join(" | ", frames));
            }
        }
        Msg cell = execute("1 + 1");
        assertEquals("ok", status(cell), "cells still run after unreadable requests");
    }
}
