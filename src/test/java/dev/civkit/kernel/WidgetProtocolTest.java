package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.civkit.kernel.JupyterTestClient.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Jupyter widget protocol (2.1.0) as front ends speak it to the civkit kernel, over real ZeroMQ
 * sockets and without a browser: comm_open with state and buffers, update from a front end with its
 * echo to every front end, request_state and the control comm's request_states after a page reload,
 * clicks, a callback that throws, an interrupt during a callback, closed comms, a huge image.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WidgetProtocolTest {
    private static final long T = 20_000;
    private static final String VIEW = "application/vnd.jupyter.widget-view+json";

    private JupyterTestClient client;

    @BeforeAll
    void startKernel() throws Exception {
        Path tmp = Files.createTempDirectory("civkit-widget-test");
        client = new JupyterTestClient();
        CivkitKernel kernel = new CivkitKernel(new KernelConfig(null, null, null, -1, List.of()), null);
        client.startInProcess(tmp, kernel, new Throwable[1], T);
        run("import dev.civkit.widget.*; import static dev.civkit.widget.Widgets.*;");
    }

    @AfterAll
    void stop() throws InterruptedException {
        client.shutdownKernel(T);
    }

    /** One cell: its IOPub messages up to idle, checked to have ended ok. */
    private List<Msg> run(String code) {
        String id = client.sendExecute(code);
        List<Msg> iopub = client.iopubUntilIdle(id, T);
        Msg reply = client.shellReply(id, T);
        assertEquals("ok", reply.content().get("status").getAsString(), code + " -> " + iopub);
        return iopub;
    }

    private static String text(List<Msg> iopub) {
        return iopub.stream().filter(m -> m.type().equals("execute_result"))
                .map(m -> m.content().getAsJsonObject("data").get("text/plain").getAsString()).findFirst().orElse(null);
    }

    /** The comm id of the model named {@code modelName} among the comm_opens of a cell. */
    private static String opened(List<Msg> iopub, String modelName) {
        return openMsg(iopub, modelName).content().get("comm_id").getAsString();
    }

    private static Msg openMsg(List<Msg> iopub, String modelName) {
        return iopub.stream().filter(m -> m.type().equals("comm_open"))
                .filter(m -> m.content().getAsJsonObject("data").getAsJsonObject("state").get("_model_name").getAsString().equals(modelName))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no comm_open of " + modelName + " in " + iopub));
    }

    private String commMsg(JupyterTestClient c, String commId, JsonObject data) {
        JsonObject content = new JsonObject();
        content.addProperty("comm_id", commId);
        content.add("data", data);
        return c.sendShell("comm_msg", content);
    }

    private static JsonObject update(String key, Number value) {
        JsonObject data = new JsonObject();
        data.addProperty("method", "update");
        JsonObject state = new JsonObject();
        state.addProperty(key, value);
        data.add("state", state);
        data.add("buffer_paths", new JsonArray());
        return data;
    }

    private static JsonObject click() {
        JsonObject data = new JsonObject();
        data.addProperty("method", "custom");
        JsonObject content = new JsonObject();
        content.addProperty("event", "click");
        data.add("content", content);
        return data;
    }

    private static Predicate<Msg> onComm(String commId, String method) {
        return m -> m.type().equals("comm_msg") && m.content().get("comm_id").getAsString().equals(commId)
                && m.content().getAsJsonObject("data").get("method").getAsString().equals(method);
    }

    /** The output area (the wrapper's second child) of a widget display made by a cell. */
    private static String area(List<Msg> iopub) {
        JsonObject view = iopub.stream().filter(m -> m.type().equals("execute_result") || m.type().equals("display_data"))
                .map(m -> m.content().getAsJsonObject("data")).filter(d -> d.has(VIEW)).reduce((a, b) -> b).orElseThrow().getAsJsonObject(VIEW);
        String wrapper = view.get("model_id").getAsString();
        Msg open = iopub.stream().filter(m -> m.type().equals("comm_open") && m.content().get("comm_id").getAsString().equals(wrapper)).findFirst().orElseThrow();
        JsonArray children = open.content().getAsJsonObject("data").getAsJsonObject("state").getAsJsonArray("children");
        return children.get(1).getAsString().substring("IPY_MODEL_".length());
    }

    /** Waits for the area's outputs to hold {@code wanted} in some output's text, ename or evalue. */
    private JsonArray outputsSaying(JupyterTestClient c, String area, String wanted) {
        Msg m = c.awaitIopub(x -> onComm(area, "update").test(x) && x.content().getAsJsonObject("data").getAsJsonObject("state").has("outputs")
                && x.content().getAsJsonObject("data").getAsJsonObject("state").get("outputs").toString().contains(wanted), T);
        return m.content().getAsJsonObject("data").getAsJsonObject("state").getAsJsonArray("outputs");
    }

    @Test
    void aWidgetOpensWithItsStateAndShowsAsAView() {
        List<Msg> cell = run("var s1 = slider(0, 10).description(\"steps\"); s1");
        Msg slider = openMsg(cell, "IntSliderModel");
        assertEquals("2.1.0", slider.metadata().get("version").getAsString(), "the protocol version rides in the open's metadata");
        JsonObject state = slider.content().getAsJsonObject("data").getAsJsonObject("state");
        assertEquals("@jupyter-widgets/controls", state.get("_model_module").getAsString());
        assertEquals("2.0.0", state.get("_model_module_version").getAsString());
        assertEquals("steps", state.get("description").getAsString());
        assertEquals(10, state.get("max").getAsInt());
        String layout = state.get("layout").getAsString();
        assertTrue(layout.startsWith("IPY_MODEL_"), layout);
        // the layout was opened before the slider that refers to it
        int layoutAt = indexOfOpen(cell, layout.substring("IPY_MODEL_".length()));
        assertTrue(layoutAt >= 0 && layoutAt < cell.indexOf(slider), "layout opened first");
        Msg result = cell.stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
        JsonObject data = result.content().getAsJsonObject("data");
        JsonObject view = data.getAsJsonObject(VIEW);
        assertEquals(2, view.get("version_major").getAsInt());
        assertEquals(0, view.get("version_minor").getAsInt());
        assertEquals("IntSlider \"steps\" = 0 (0..10)", data.get("text/plain").getAsString());
        assertEquals("comm_open", cell.stream().filter(m -> m.content().has("comm_id") && m.content().get("comm_id").getAsString().equals(view.get("model_id").getAsString()))
                .findFirst().orElseThrow().type(), "the view's model was opened");
    }

    private static int indexOfOpen(List<Msg> iopub, String id) {
        for (int i = 0; i < iopub.size(); i++) {
            if (iopub.get(i).type().equals("comm_open") && iopub.get(i).content().get("comm_id").getAsString().equals(id)) return i;
        }
        return -1;
    }

    @Test
    void aChangeInOneFrontEndIsEchoedToBothObservedOnTheCellThreadAndPrintedInTheArea() {
        List<Msg> cell = run("var s2 = slider(0, 10); s2.observe(c -> System.out.println(\"now \" + c.value() + \" on \" + Thread.currentThread().getName())); s2");
        String slider = opened(cell, "IntSliderModel");
        String area = area(cell);
        try (JupyterTestClient other = client.secondFrontEnd()) {
            run("1"); // the second front end's subscription is up before the change
            String sent = commMsg(client, slider, update("value", 7));
            Msg echo = client.awaitIopub(onComm(slider, "echo_update"), T);
            assertEquals(sent, echo.parentId(), "the echo names the update it answers");
            assertEquals(7, echo.content().getAsJsonObject("data").getAsJsonObject("state").get("value").getAsInt());
            Msg otherEcho = other.awaitIopub(onComm(slider, "echo_update"), T);
            assertEquals(7, otherEcho.content().getAsJsonObject("data").getAsJsonObject("state").get("value").getAsInt());
            JsonArray outputs = outputsSaying(client, area, "now 7");
            assertTrue(outputs.toString().contains("on civkit-cell"), "the listener ran on the cell thread: " + outputs);
            outputsSaying(other, area, "now 7");
            assertEquals("7", text(run("s2.value()")));
            run("s2.value(3)");
            Msg fromKernel = other.awaitIopub(onComm(slider, "update"), T);
            assertEquals(3, fromKernel.content().getAsJsonObject("data").getAsJsonObject("state").get("value").getAsInt());
        }
    }

    private static final String PROGRESS = "var pv = dev.civkit.display.ProgressView.show(dev.civkit.display.NotebookDisplay.current(), "
            + "Map.of(\"text/plain\", \"waiting 25%\", \"text/html\", \"<b>waiting</b> 25%\"), \"<b>waiting</b>\", 0.25);";

    private static JsonObject displayed(List<Msg> iopub) {
        return iopub.stream().filter(m -> m.type().equals("display_data")).map(m -> m.content().getAsJsonObject("data")).findFirst().orElseThrow();
    }

    /** Runs first: no front end has shown it draws widgets yet, until this test opens the control comm. */
    @Test
    @Order(1)
    void aReloadedPageGetsEveryStateBackThroughRequestStateAndTheControlComm() {
        JsonObject html = displayed(run(PROGRESS));
        assertFalse(html.has(VIEW), "without a widget front end progress stays HTML: " + html);
        assertTrue(html.get("text/html").getAsString().contains("waiting"), html.toString());
        List<Msg> cell = run("var t3 = text(\"hello\"); var im3 = image(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3}); vbox(t3, im3)");
        String text = opened(cell, "TextModel");
        String image = opened(cell, "ImageModel");
        assertEquals("false", text(run("dev.civkit.widget.WidgetKernel.current().rendering()")), "no widget manager has connected yet");
        // A view run before the manager announced itself (Run All as the notebook opens): its card, as an updatable display.
        List<Msg> early = run("""
                var lv = new WidgetView() {
                    public Map<String, Object> toMimeBundle() {
                        var k = WidgetKernel.current();
                        return k != null && k.rendering() ? label("live").toMimeBundle() : Map.of("text/plain", "card", "text/html", "<b>card</b>");
                    }
                };
                lv""");
        assertTrue(early.stream().noneMatch(m -> m.type().equals("execute_result")), "the card is a display its widgets can replace: " + early);
        Msg card = early.stream().filter(m -> m.type().equals("display_data")).findFirst().orElseThrow(() -> new AssertionError("no card in " + early));
        assertEquals("<b>card</b>", card.content().getAsJsonObject("data").get("text/html").getAsString());
        String cardId = card.content().getAsJsonObject("transient").get("display_id").getAsString();
        try (JupyterTestClient reloaded = client.secondFrontEnd()) {
            run("t3.value(\"changed before the reload\")");
            JsonObject ask = new JsonObject();
            ask.addProperty("method", "request_state");
            String req = commMsg(reloaded, text, ask);
            Msg full = reloaded.awaitIopub(m -> onComm(text, "update").test(m) && m.parentId().equals(req), T);
            JsonObject state = full.content().getAsJsonObject("data").getAsJsonObject("state");
            assertEquals("changed before the reload", state.get("value").getAsString());
            assertEquals("TextModel", state.get("_model_name").getAsString(), "the whole state, not a delta");

            String control = UUID.randomUUID().toString();
            JsonObject open = new JsonObject();
            open.addProperty("comm_id", control);
            open.addProperty("target_name", "jupyter.widget.control");
            open.add("data", new JsonObject());
            reloaded.sendShell("comm_open", open);
            JsonObject states = new JsonObject();
            states.addProperty("method", "request_states");
            commMsg(reloaded, control, states);
            Msg all = reloaded.awaitIopub(onComm(control, "update_states"), T);
            JsonObject data = all.content().getAsJsonObject("data");
            assertEquals("changed before the reload", data.getAsJsonObject("states").getAsJsonObject(text).getAsJsonObject("state").get("value").getAsString());
            assertEquals("ImageModel", data.getAsJsonObject("states").getAsJsonObject(image).get("model_name").getAsString());
            JsonArray paths = data.getAsJsonArray("buffer_paths");
            int at = -1;
            for (int i = 0; i < paths.size(); i++) if (paths.get(i).toString().equals("[\"" + image + "\",\"state\",\"value\"]")) at = i;
            assertTrue(at >= 0, "the image's bytes travel as a buffer: " + paths);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3}, all.buffers().get(at));
            Msg swapped = reloaded.awaitIopub(m -> m.type().equals("update_display_data")
                    && m.content().getAsJsonObject("transient").get("display_id").getAsString().equals(cardId), T);
            assertTrue(swapped.content().getAsJsonObject("data").has(VIEW), "the card's place now shows the widgets: " + swapped.content());
            String label = swapped.content().getAsJsonObject("data").getAsJsonObject(VIEW).get("model_id").getAsString();
            assertFalse(data.getAsJsonObject("states").has(label), "the view's widgets are new to the manager, opened after it has the old ones");
            assertEquals("true", text(run("dev.civkit.widget.WidgetKernel.current().rendering()")), "the control comm says a widget manager is there");
        }
        progressIsAWidgetOnceAFrontEndDrawsThem();
    }

    private void progressIsAWidgetOnceAFrontEndDrawsThem() {
        List<Msg> shown = run(PROGRESS);
        JsonObject data = displayed(shown);
        assertTrue(data.has(VIEW), "progress as a widget: " + data);
        assertEquals("waiting 25%", data.get("text/plain").getAsString(), "headless runs still save the line");
        Msg bar = openMsg(shown, "FloatProgressModel");
        assertEquals(0.25, bar.content().getAsJsonObject("data").getAsJsonObject("state").get("value").getAsDouble());
        String barId = bar.content().get("comm_id").getAsString();
        List<Msg> moved = run("pv.update(Map.of(\"text/plain\", \"waiting 50%\"), \"<b>waiting</b>\", 0.5)");
        assertTrue(moved.stream().anyMatch(m -> onComm(barId, "update").test(m)
                && m.content().getAsJsonObject("data").getAsJsonObject("state").get("value").getAsDouble() == 0.5), "the bar moves over its comm");
        assertFalse(moved.stream().anyMatch(m -> m.type().equals("update_display_data")), "no output is redrawn");
        List<Msg> done = run("pv.replaceWith(Map.of(\"text/plain\", \"done\", \"text/html\", \"<b>done</b>\"))");
        Msg card = done.stream().filter(m -> m.type().equals("update_display_data")).findFirst().orElseThrow();
        assertEquals("done", card.content().getAsJsonObject("data").get("text/plain").getAsString());
        assertTrue(done.stream().anyMatch(m -> m.type().equals("comm_close") && m.content().get("comm_id").getAsString().equals(barId)), "the bar's comm is closed");
    }

    @Test
    void aClickRunsAfterTheRunningCellNeverBesideIt() {
        List<Msg> cell = run("var order4 = new java.util.concurrent.CopyOnWriteArrayList<String>(); var b4 = button(\"go\"); b4.onClick(b -> order4.add(\"click\")); b4");
        String button = opened(cell, "ButtonModel");
        String slow = client.sendExecute("Thread.sleep(1500); order4.add(\"cell\");");
        commMsg(client, button, click());
        assertEquals("ok", client.shellReply(slow, T).content().get("status").getAsString());
        client.iopubUntilIdle(slow, T);
        assertEquals("[cell, click]", text(run("order4.toString()")).replace("\"", ""));
    }

    @Test
    void aCallbackThatThrowsShowsItsErrorInTheArea() {
        List<Msg> cell = run("var b5 = button(\"fail\"); b5.onClick(b -> { System.out.println(\"before\"); throw new IllegalStateException(\"no such prompt\"); }); b5");
        String button = opened(cell, "ButtonModel");
        String area = area(cell);
        commMsg(client, button, click());
        JsonArray outputs = outputsSaying(client, area, "no such prompt");
        JsonObject error = lastOfType(outputs, "error");
        assertNotNull(error, outputs.toString());
        assertEquals("IllegalStateException", error.get("ename").getAsString());
        assertEquals("no such prompt", error.get("evalue").getAsString());
        assertTrue(outputs.toString().contains("before"), "what it printed before failing stays: " + outputs);
        assertEquals("2", text(run("1 + 1")), "the kernel goes on");
    }

    private static JsonObject lastOfType(JsonArray outputs, String type) {
        JsonObject found = null;
        for (JsonElement e : outputs) if (e.getAsJsonObject().get("output_type").getAsString().equals(type)) found = e.getAsJsonObject();
        return found;
    }

    @Test
    void anInterruptStopsACallbacksLongWait() {
        List<Msg> cell = run("var b6 = button(\"wait\"); b6.onClick(b -> { try { Thread.sleep(60_000); } catch (InterruptedException e) { throw new IllegalStateException(\"stopped while waiting\", e); } }); b6");
        String button = opened(cell, "ButtonModel");
        String area = area(cell);
        String clicked = commMsg(client, button, click());
        client.awaitIopub(m -> m.type().equals("status") && m.parentId().equals(clicked) && m.content().get("execution_state").getAsString().equals("busy"), T);
        long sent = System.currentTimeMillis();
        client.controlReply(client.sendControl("interrupt_request", new JsonObject()), T);
        outputsSaying(client, area, "stopped while waiting");
        client.awaitIopub(m -> m.type().equals("status") && m.parentId().equals(clicked) && m.content().get("execution_state").getAsString().equals("idle"), T);
        assertTrue(System.currentTimeMillis() - sent < 30_000, "stopped long before the 60 s sleep ended");
        assertEquals("2", text(run("1 + 1")));
    }

    @Test
    void aClosedCommIsClosedForBothSidesAndAMessageToItIsIgnored() {
        List<Msg> cell = run("var c7 = checkbox(\"on\"); c7");
        String box = opened(cell, "CheckboxModel");
        List<Msg> closing = run("c7.close()");
        assertTrue(closing.stream().anyMatch(m -> m.type().equals("comm_close") && m.content().get("comm_id").getAsString().equals(box)), "comm_close sent");
        String late = commMsg(client, box, update("value", 1));
        client.iopubUntilIdle(late, T);
        assertEquals("false", text(run("c7.value()")), "a message to a closed comm changes nothing");

        List<Msg> again = run("var c8 = checkbox(\"front end closes\"); c8");
        String second = opened(again, "CheckboxModel");
        JsonObject close = new JsonObject();
        close.addProperty("comm_id", second);
        close.add("data", new JsonObject());
        client.iopubUntilIdle(client.sendShell("comm_close", close), T);
        List<Msg> after = run("c8.value(true); c8.value()");
        assertEquals("true", text(after));
        assertFalse(after.stream().anyMatch(onComm(second, "update")), "nothing is sent on a comm the front end closed");
    }

    @Test
    void aHugeImageTravelsAsOneBinaryBufferNotBase64() {
        int size = 6 * 1024 * 1024;
        run("byte[] jpeg9(int n) { byte[] b = new byte[n]; b[0] = (byte) 0xff; b[1] = (byte) 0xd8; for (int i = 2; i < n; i++) b[i] = (byte) (i * 31); return b; }");
        List<Msg> cell = run("var im9 = image(jpeg9(" + size + ")); im9");
        Msg open = openMsg(cell, "ImageModel");
        assertEquals("[[\"value\"]]", open.content().getAsJsonObject("data").get("buffer_paths").toString());
        assertEquals(1, open.buffers().size());
        byte[] sent = open.buffers().get(0);
        assertEquals(size, sent.length);
        assertEquals((byte) (5 * 31), sent[5]);
        assertEquals("jpeg", open.content().getAsJsonObject("data").getAsJsonObject("state").get("format").getAsString());
        assertTrue(open.content().toString().length() < 4096, "the JSON stays small: " + open.content().toString().length() + " chars");
        String image = open.content().get("comm_id").getAsString();
        // an update carries new bytes as a buffer too
        Msg smaller = run("im9.value(java.util.Arrays.copyOf(im9.value(), 1024)); null").stream().filter(onComm(image, "update")).findFirst().orElseThrow();
        assertEquals(1024, smaller.buffers().get(0).length);
        assertEquals("[[\"value\"]]", smaller.content().getAsJsonObject("data").get("buffer_paths").toString());
    }
}
