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
}
