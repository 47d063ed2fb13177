package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import dev.civkit.kernel.JupyterTestClient.Msg;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * civkit.jar on the classpath of a kernel of stock JJava's shape ({@link JJavaShapedKernel}, its own
 * JVM, so the session is new as in a fresh notebook), read over the wire as a notebook reads it:
 * the session line once in the notebook, and one card per result however a cell reaches it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JJavaBridgeTest {
    private static final long T = 120_000;
    private Path dir;
    private Path log;
    private Process kernel;
    private JupyterTestClient client;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("civkit-jjava-bridge");
        log = dir.resolve("kernel.log");
        client = new JupyterTestClient();
        Path connection = client.writeConnectionFile(dir);
        String classpath = Path.of("target", "civkit.jar").toAbsolutePath() + java.io.File.pathSeparator
                + Path.of("target", "test-classes").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, JJavaShapedKernel.class.getName(), connection.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("CIVITAI_API_TOKEN");
        pb.environment().remove("CIVITAI_BASE_URL");
        pb.environment().put("CIVKIT_JOURNAL", dir.resolve("journal.jsonl").toString());
        pb.environment().put("CIVKIT_SANDBOX_STATE", "off");
        kernel = pb.start();
        client.awaitReady(T);
    }

    @AfterAll
    void stop() throws Exception {
        JsonObject c = new JsonObject();
        c.addProperty("restart", false);
        client.controlReply(client.sendControl("shutdown_request", c), T);
        if (!kernel.waitFor(20, TimeUnit.SECONDS)) kernel.destroyForcibly();
        client.close();
    }

    private record Run(Msg reply, List<Msg> iopub) {
        List<Msg> of(String type) {
            return iopub.stream().filter(m -> m.type().equals(type)).toList();
        }

        String stdout() {
            StringBuilder s = new StringBuilder();
            for (Msg m : of("stream")) s.append(m.content().get("text").getAsString());
            return s.toString();
        }

        /**
         * What the cell shows once every message has arrived: each display as last updated, then the
         * result, in order.
         */
        List<JsonObject> onScreen() {
            Map<String, JsonObject> outputs = new LinkedHashMap<>();
            int anonymous = 0;
            for (Msg m : iopub) {
                JsonObject c = m.content();
                String id = c.has("transient") && c.getAsJsonObject("transient").has("display_id")
                        ? c.getAsJsonObject("transient").get("display_id").getAsString() : null;
                switch (m.type()) {
                    case "display_data", "execute_result" -> outputs.put(id != null ? id : "#" + anonymous++, c.getAsJsonObject("data"));
                    case "update_display_data" -> outputs.replace(id, c.getAsJsonObject("data"));
                    default -> { }
                }
            }
            return new ArrayList<>(outputs.values());
        }

        long cards() {
            return onScreen().stream().filter(d -> d.has("text/html") && d.get("text/html").getAsString().contains("<img")).count();
        }
    }

    private Run execute(String code) {
        String id = client.sendExecute(code);
        List<Msg> iopub = client.iopubUntilIdle(id, T);
        Run r = new Run(client.shellReply(id, T), iopub);
        assertEquals("ok", r.reply().content().get("status").getAsString(), code + " -> " + r.iopub());
        return r;
    }

    @Test
    @Order(1)
    void theSessionLineAppearsInTheNotebookOnceOnFirstUseAndNotInTheKernelsLog() throws Exception {
        assertFalse(execute("1 + 1").stdout().contains("civkit"), "a cell that does not use civkit says nothing of it");
        String first = execute("var w = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A cat astronaut\").size(256, 256));").stdout();
        assertEquals(1, first.split("sandbox orchestrator at", -1).length - 1, first);
        assertFalse(execute("w.toJson();").stdout().contains("sandbox orchestrator"), "once");
        assertFalse(Files.readString(log, StandardCharsets.UTF_8).contains("sandbox orchestrator"));
    }

    @Test
    @Order(2)
    void awaitAsTheCellsValueShowsOneCardWhereJJavaPutsResults() {
        execute("var cat = w.submit();");
        Run r = execute("cat.await()");
        assertEquals(1, r.cards(), r.iopub().toString());
        assertEquals(1, r.of("execute_result").size(), "JJava publishes every value: the card is the result");
        assertTrue(r.of("execute_result").get(0).content().getAsJsonObject("data").get("text/html").getAsString().contains("<img"));
        assertFalse(r.of("update_display_data").isEmpty(), "the progress display was updated in place: " + r.iopub());

        Run later = execute("cat");
        assertEquals(1, later.cards(), later.iopub().toString());
        assertTrue(later.of("update_display_data").isEmpty(), "the card of the earlier cell is left alone: " + later.iopub());
    }

    @Test
    @Order(3)
    void runAsTheCellsValueAndAsADeclarationShowOneCardEach() {
        Run value = execute("w.run()");
        assertEquals(1, value.cards(), value.iopub().toString());
        Run declared = execute("var dog = w.run();");
        assertEquals(1, declared.cards(), declared.iopub().toString());
        assertEquals(0, declared.of("execute_result").size(), "a declaration has no value: the card stays where the progress was");
    }

    @Test
    @Order(4)
    void awaitThenShowThenTheHandleInOneCellIsStillOneCard() {
        Run r = execute("var fox = w.submit();\nfox.await();\nfox.show();\nfox");
        assertEquals(1, r.cards(), r.iopub().toString());
        assertEquals(1, r.of("display_data").size(), "show() redraws the card await() left: " + r.iopub());
    }

    /** Stock JJava lets civkit reach its comm manager: the same widget calls work there, clicks included. */
    @Test
    @Order(50)
    void widgetsWorkOnJJavasOwnCommManager() {
        Run shown = execute("var out = output(); var go = button(\"Go\"); go.onClick(b -> out.println(\"clicked\")); vbox(go, out)");
        Msg open = shown.of("comm_open").stream()
                .filter(m -> m.content().getAsJsonObject("data").getAsJsonObject("state").get("_model_name").getAsString().equals("ButtonModel"))
                .findFirst().orElseThrow(() -> new AssertionError("no button opened: " + shown.iopub()));
        assertEquals("2.1.0", open.metadata().get("version").getAsString());
        JsonObject data = shown.of("execute_result").get(0).content().getAsJsonObject("data");
        assertTrue(data.has("application/vnd.jupyter.widget-view+json"), data.toString());
        String outId = shown.of("comm_open").stream()
                .filter(m -> m.content().getAsJsonObject("data").getAsJsonObject("state").get("_model_name").getAsString().equals("OutputModel"))
                .findFirst().orElseThrow().content().get("comm_id").getAsString();
        JsonObject click = new JsonObject();
        click.addProperty("comm_id", open.content().get("comm_id").getAsString());
        JsonObject custom = new JsonObject();
        custom.addProperty("method", "custom");
        JsonObject event = new JsonObject();
        event.addProperty("event", "click");
        custom.add("content", event);
        click.add("data", custom);
        String sent = client.sendShell("comm_msg", click);
        List<Msg> after = client.iopubUntilIdle(sent, T);
        Msg printed = client.awaitIopub(m -> m.type().equals("comm_msg") && m.content().get("comm_id").getAsString().equals(outId)
                && m.content().getAsJsonObject("data").toString().contains("clicked"), T);
        assertNotNull(printed, after.toString());
    }
}
