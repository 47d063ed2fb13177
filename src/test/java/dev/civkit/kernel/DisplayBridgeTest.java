package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.civkit.kernel.JupyterTestClient.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * civkit's display bridge seen from a Jupyter client: the kernel runs the real civkit session
 * (sandbox, no token) and the test reads the wire messages a notebook front end would get.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisplayBridgeTest {
    private static final long T = 60_000;
    private JupyterTestClient client;

    @BeforeAll
    void startKernel() throws Exception {
        client = JupyterTestClient.civkitKernel("civkit-bridge-test", T);
    }

    @AfterAll
    void stop() throws Exception {
        client.shutdownKernel(T);
    }

    record Run(Msg reply, List<Msg> iopub) {
        List<Msg> of(String type) {
            return iopub.stream().filter(m -> m.type().equals(type)).collect(Collectors.toList());
        }
    }

    Run execute(String code) {
        String id = client.sendExecute(code);
        List<Msg> iopub = client.iopubUntilIdle(id, T);
        return new Run(client.shellReply(id, T), iopub);
    }

    private static String displayId(Msg m) {
        JsonObject t = m.content().getAsJsonObject("transient");
        assertNotNull(t, m.type() + " without transient display_id: " + m.content());
        return t.get("display_id").getAsString();
    }

    @Test
    void awaitShowsOneDisplayUpdatedInPlaceEndingAsTheCardShownOnce() {
        assertEquals("ok", execute("var cat = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A cat astronaut\").size(512, 512)).submit();")
                .reply().content().get("status").getAsString());
        Run r = execute("cat.await()");
        assertEquals("ok", r.reply().content().get("status").getAsString(), r.iopub().toString());
        List<Msg> shown = r.of("display_data");
        List<Msg> updates = r.of("update_display_data");
        assertEquals(1, shown.size(), "one progress display, not a stream: " + r.iopub());
        assertTrue(!updates.isEmpty(), "the progress display is updated in place");
        String id = displayId(shown.get(0));
        for (Msg u : updates) assertEquals(id, displayId(u));
        assertTrue(shown.get(0).content().getAsJsonObject("data").get("text/plain").getAsString().startsWith("waiting for wf_"));
        String last = updates.get(updates.size() - 1).content().getAsJsonObject("data").get("text/html").getAsString();
        assertTrue(last.contains("<img") && last.contains("succeeded"), "the progress display ends as the result card");
        assertTrue(r.of("stream").stream().noneMatch(m -> m.content().get("text").getAsString().contains("waiting for")),
                "no console progress lines in a notebook");
        assertEquals(0, r.of("execute_result").size(), "the card is already on screen: not shown a second time as the result");

        Run again = execute("cat");
        List<Msg> result = again.of("execute_result");
        assertEquals(1, result.size(), "in a later cell the handle renders as its card");
        JsonObject data = result.get(0).content().getAsJsonObject("data");
        assertTrue(data.get("text/html").getAsString().contains("<img src=\"data:image/"), data.toString());
        assertTrue(data.get("text/plain").getAsString().contains("succeeded"), data.toString());
    }

    /** The notebook's progress display says what the service reports: the job's place in the queue, then the step's estimate as it rises. */
    @Test
    void theProgressDisplayShowsTheQueueThenMovesWithTheStep() {
        String setup = "var watchedBox = dev.civkit.sandbox.Sandbox.start(dev.civkit.sandbox.SandboxConfig.defaults()"
                + ".withQueueTime(java.time.Duration.ofMillis(2500)).withRunTime(java.time.Duration.ofSeconds(8)));\n"
                + "var watched = dev.civkit.session.Session.builder().ownedSandbox(watchedBox).outputs(java.nio.file.Files.createTempDirectory(\"watch\"))"
                + ".journal(dev.civkit.journal.Journal.at(java.nio.file.Files.createTempFile(\"watch\", \".jsonl\"))).build();\n"
                + "var dog = dev.civkit.Civkit.on(watched).workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A dog\").size(64, 64)).submit();";
        assertEquals("ok", execute(setup).reply().content().get("status").getAsString());
        Run r = execute("dog.await()");
        assertEquals("ok", r.reply().content().get("status").getAsString(), r.iopub().toString());
        List<String> texts = new ArrayList<>();
        for (Msg m : r.of("display_data")) texts.add(m.content().getAsJsonObject("data").get("text/plain").getAsString());
        for (Msg m : r.of("update_display_data")) texts.add(m.content().getAsJsonObject("data").get("text/plain").getAsString());
        String seen = String.join("\n", texts);
        assertTrue(texts.stream().anyMatch(t -> t.matches("waiting for wf_\\w+ \\| scheduled \\| next in queue, starts in ~\\d+\\.\\d s \\| .*")),
                "while queued, its place and estimated start:\n" + seen);
        List<Integer> percents = new ArrayList<>();
        Pattern p = Pattern.compile("waiting for wf_\\w+ \\| processing (\\d+)% \\| ");
        for (String t : texts) {
            Matcher m = p.matcher(t);
            if (m.find() && !percents.contains(Integer.parseInt(m.group(1)))) percents.add(Integer.parseInt(m.group(1)));
        }
        assertTrue(percents.size() >= 2, "the display moved with the step's estimate: " + percents + "\n" + seen);
        assertEquals("ok", execute("watched.close()").reply().content().get("status").getAsString());
    }

    @Test
    void awaitThenShowThenTheHandleInOneCellIsOneCard() {
        Run r = execute("var fox = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A fox\").size(256, 256)).submit();\nfox.await();\nfox.show();\nfox");
        assertEquals("ok", r.reply().content().get("status").getAsString(), r.iopub().toString());
        assertEquals(1, r.of("display_data").size(), "show() redraws the card await() left: " + r.iopub());
        assertEquals(0, r.of("execute_result").size(), "and the value is not shown again: " + r.iopub());
    }

    /** Interrupting a cell during await() leaves a stopped card, never a progress bar frozen at 0%. */
    @Test
    void stoppingAnAwaitLeavesTheStoppedCardWithTheLineThatPicksItUpAgain() throws Exception {
        String setup = "var slowBox = dev.civkit.sandbox.Sandbox.start(dev.civkit.sandbox.SandboxConfig.defaults().withRunTime(java.time.Duration.ofSeconds(60)));\n"
                + "var slow = dev.civkit.session.Session.builder().ownedSandbox(slowBox).outputs(java.nio.file.Files.createTempDirectory(\"stop\"))"
                + ".journal(dev.civkit.journal.Journal.at(java.nio.file.Files.createTempFile(\"stop\", \".jsonl\"))).build();\n"
                + "var long1 = dev.civkit.Civkit.on(slow).workflow().imageGen(i -> i.engine(\"flux\").prompt(\"slow\").size(64, 64)).submit();\n"
                + "long1.id()";
        Run made = execute(setup);
        assertEquals("ok", made.reply().content().get("status").getAsString(), made.iopub().toString());
        String workflowId = made.of("execute_result").get(0).content().getAsJsonObject("data").get("text/plain").getAsString().replace("\"", "");
        for (int round = 0; round < 2; round++) {
            String id = client.sendExecute("long1.await()");
            Thread.sleep(1500);
            client.controlReply(client.sendControl("interrupt_request", new JsonObject()), T);
            Run r = new Run(client.shellReply(id, T), client.iopubUntilIdle(id, T));
            assertEquals("error", r.reply().content().get("status").getAsString());
            List<Msg> updates = r.of("update_display_data");
            assertFalse(updates.isEmpty(), "the progress display is replaced: " + r.iopub());
            String last = updates.get(updates.size() - 1).content().getAsJsonObject("data").get("text/plain").getAsString();
            assertTrue(last.contains("Stopped waiting") && last.contains(workflowId) && last.contains("workflow(\"" + workflowId + "\").await()"), last);
            assertTrue(last.contains("processing") || last.contains("scheduled") || last.contains("unassigned"), "the last known status: " + last);
        }
        execute("slow.close();");
    }

    /**
     * Stock JJava runs no civkit kernel code: the bridge reaches it only by reflection on the
     * BaseKernel API. That route, driven here against jjava-jupyter's real BaseKernel inside a
     * running cell, must publish and update displays exactly like the direct one.
     */
    @Test
    void theJJavaRouteByReflectionPublishesAndUpdates() {
        Run r = execute("var t = dev.civkit.display.NotebookDisplay.viaKernelObject(org.dflib.jjava.jupyter.kernel.BaseKernel.notebookKernel());\n"
                + "t.display(\"via-jjava\", Map.of(\"text/plain\", \"first\", \"text/html\", \"<b>first</b>\"));\n"
                + "t.update(\"via-jjava\", Map.of(\"text/plain\", \"second\"));");
        assertEquals("ok", r.reply().content().get("status").getAsString(), r.iopub().toString());
        List<Msg> shown = r.of("display_data");
        List<Msg> updates = r.of("update_display_data");
        assertEquals(1, shown.size(), r.iopub().toString());
        assertEquals("via-jjava", displayId(shown.get(0)));
        assertEquals("<b>first</b>", shown.get(0).content().getAsJsonObject("data").get("text/html").getAsString());
        assertEquals(1, updates.size(), r.iopub().toString());
        assertEquals("via-jjava", displayId(updates.get(0)));
        assertEquals("second", updates.get(0).content().getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void showDisplaysTheCardInsteadOfPrintingPaths() {
        Run r = execute("var h = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A fox\").size(512, 512)).submit(30);\nh.show();");
        assertEquals("ok", r.reply().content().get("status").getAsString(), r.iopub().toString());
        List<Msg> shown = r.of("display_data");
        assertEquals(1, shown.size(), r.iopub().toString());
        assertTrue(shown.get(0).content().getAsJsonObject("data").get("text/html").getAsString().contains("<img"));
        assertTrue(r.of("stream").stream().noneMatch(m -> m.content().get("text").getAsString().contains(".jpg")),
                "paths are printed only in JShell");
    }

    @Test
    void galleryRendersAGridWithCaptions() {
        Run r = execute("var a = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A red kite\").seed(5).size(512, 512)).submit();\n"
                + "var b = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A blue kite\").seed(6).size(512, 512)).submit();\n"
                + "gallery(a, b)");
        assertEquals("ok", r.reply().content().get("status").getAsString(), r.iopub().toString());
        String html = r.of("execute_result").get(0).content().getAsJsonObject("data").get("text/html").getAsString();
        assertEquals(2, html.split("<img ", -1).length - 1, html);
        assertTrue(html.contains("seed 5") && html.contains("A blue kite") && html.contains("flux"), html);
    }
}
