package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.civkit.kernel.JupyterTestClient.Msg;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Drives one in-process kernel over real ZMQ sockets, as Jupyter would. Each test sets up the state it
 * reads (the kernel's first cell runs before them all), so they pass in any order; none measures time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelProtocolTest {

    private static final long T = 60_000;

    private Path tmp;

    private JupyterTestClient client;
    private Thread kernelThread;
    private final Throwable[] kernelFailure = new Throwable[1];
    private Execution firstCell;

    record Execution(Msg reply, List<Msg> iopub) {
        String status() {
            return reply.content().get("status").getAsString();
        }

        String stream(String name) {
            return iopub.stream()
                    .filter(m -> m.type().equals("stream") && m.content().get("name").getAsString().equals(name))
                    .map(m -> m.content().get("text").getAsString())
                    .collect(Collectors.joining());
        }

        JsonObject result() {
            return iopub.stream().filter(m -> m.type().equals("execute_result"))
                    .map(m -> m.content().getAsJsonObject("data")).findFirst().orElse(null);
        }

        String text() {
            JsonObject r = result();
            return r == null ? null : r.get("text/plain").getAsString();
        }

        JsonObject error() {
            return iopub.stream().filter(m -> m.type().equals("error")).map(Msg::content).findFirst().orElse(null);
        }

        String traceback() {
            JsonArray tb = error().getAsJsonArray("traceback");
            StringBuilder sb = new StringBuilder();
            for (JsonElement e : tb) {
                sb.append(e.getAsString()).append('\n');
            }
            return sb.toString();
        }
    }

    @BeforeAll
    void startKernel() throws Exception {
        tmp = Files.createTempDirectory("civkit-kernel-test");
        client = new JupyterTestClient();
        KernelConfig config = new KernelConfig(null, null, "int fromEnvScript = 7;", -1, List.of());
        CivkitKernel kernel = new CivkitKernel(config, "/kernel/test-session.jsh");
        kernelThread = client.startInProcess(tmp, kernel, kernelFailure, T);
        firstCell = execute("preloaded + \" \" + afterFailure + \" \" + fromEnvScript");
    }

    @AfterAll
    void stop() throws Exception {
        JsonObject c = new JsonObject();
        c.addProperty("restart", false);
        Msg reply = client.controlReply(client.sendControl("shutdown_request", c), T);
        client.close();
        assertEquals("shutdown_reply", reply.type());
        assertFalse(reply.content().get("restart").getAsBoolean());
        kernelThread.join(T);
        assertFalse(kernelThread.isAlive(), "kernel thread still running after shutdown");
        assertNull(kernelFailure[0]);
    }

    Execution execute(String code) {
        String id = client.sendExecute(code);
        // IOPub first: arrival times then reflect when the kernel published, not when we looked.
        List<Msg> iopub = client.iopubUntilIdle(id, T);
        return new Execution(client.shellReply(id, T), iopub);
    }

    private Msg request(String type, JsonObject content) {
        return client.shellReply(client.sendShell(type, content), T);
    }

    @Test
    void firstCellShowsPreloadedSessionAndItsFailures() {
        Execution e = firstCell;
        assertEquals("ok", e.status());
        assertEquals("42 still here 7", e.text());
        assertTrue(e.stream("stdout").contains("test session loaded"), e.stream("stdout"));
        assertTrue(e.stream("stderr").contains("no.such.Missing"), e.stream("stderr"));
    }

    @Test
    void kernelInfoDescribesJava() {
        Msg info = request("kernel_info_request", new JsonObject());
        assertEquals("kernel_info_reply", info.type());
        assertEquals("5.3", info.content().get("protocol_version").getAsString());
        assertEquals("civkit", info.content().get("implementation").getAsString());
        assertEquals("java", info.content().getAsJsonObject("language_info").get("name").getAsString());
        assertTrue(client.heartbeat(5000));
    }

    @Test
    void statementsHaveNoResultAndExpressionsDo() {
        Execution decl = execute("int x = 20;\nString s = \"a\";");
        assertEquals("ok", decl.status());
        assertNull(decl.result());
        Execution expr = execute("x * 2 + 2");
        assertEquals("ok", expr.status());
        assertEquals("42", expr.text());
        int count = expr.reply().content().get("execution_count").getAsInt();
        assertTrue(count > 0);
        assertNull(execute("x * 2;").result(), "a trailing semicolon hides the value");
        assertEquals("x=20", execute("int y = 1;\n\"x=\" + x").text(), "only the last snippet is the result");
    }

    @Test
    void outputStreamsWhileTheCellRuns() throws Exception {
        // The cell prints, then waits for the test to have seen that line before it goes on: a kernel that
        // sent output only when the cell ended would leave the test waiting for "first" in vain.
        Path go = tmp.resolve("go-" + System.nanoTime());
        String id = client.sendExecute("System.out.println(\"first\");\nSystem.err.println(\"oops\");\n"
                + "long until = System.currentTimeMillis() + 60_000;\n"
                + "while (!java.nio.file.Files.exists(java.nio.file.Path.of(\"" + go.toString().replace("\\", "\\\\") + "\")) && System.currentTimeMillis() < until) Thread.sleep(20);\n"
                + "System.out.println(java.nio.file.Files.exists(java.nio.file.Path.of(\"" + go.toString().replace("\\", "\\\\") + "\")) ? \"second\" : \"never released\");");
        Msg first = client.awaitIopub(m -> m.parentId().equals(id) && m.type().equals("stream")
                && m.content().get("text").getAsString().contains("first"), T);
        assertNotNull(first, "the first line arrives while the cell still runs");
        Files.writeString(go, "go");
        Execution rest = new Execution(client.shellReply(id, T), client.iopubUntilIdle(id, T));
        assertEquals("ok", rest.status());
        assertEquals("second\n", rest.stream("stdout").replace("first\n", ""));
        assertTrue((first.content().get("text").getAsString() + rest.stream("stderr")).contains("oops"), rest.stream("stderr"));
    }

    @Test
    void displayAndUpdateDisplay() {
        Execution e = execute("String id = display(\"v1\");\nupdateDisplay(id, \"v2\");\nid");
        assertEquals("ok", e.status());
        Msg shown = e.iopub().stream().filter(m -> m.type().equals("display_data")).findFirst().orElseThrow();
        Msg updated = e.iopub().stream().filter(m -> m.type().equals("update_display_data")).findFirst().orElseThrow();
        String id = e.text().replace("\"", "");
        assertEquals(id, shown.content().getAsJsonObject("transient").get("display_id").getAsString());
        assertEquals(id, updated.content().getAsJsonObject("transient").get("display_id").getAsString());
        assertTrue(shown.content().getAsJsonObject("data").get("text/plain").getAsString().contains("v1"));
        assertTrue(updated.content().getAsJsonObject("data").get("text/plain").getAsString().contains("v2"));
    }

    @Test
    void richBundlesAndImagesRender() throws Exception {
        Execution html = execute("class Card { public Map<String, Object> toMimeBundle() {"
                + " return Map.of(\"text/html\", \"<b>card</b>\"); } public String toString() { return \"Card\"; } }\n"
                + "new Card()");
        assertEquals("ok", html.status(), String.valueOf(html.error()));
        assertEquals("<b>card</b>", html.result().get("text/html").getAsString());
        assertEquals("Card", html.text());

        Execution img = execute("var img = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);\nimg");
        assertEquals("ok", img.status(), String.valueOf(img.error()));
        byte[] png = Base64.getDecoder().decode(img.result().get("image/png").getAsString().replaceAll("\\s", ""));
        assertEquals(8, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
    }

    @Test
    void compileErrorsPointAtTheSource() {
        Execution e = execute("int a = 1;\nint b = a + undefinedThing;");
        assertEquals("error", e.status());
        JsonObject err = e.error();
        assertEquals("CompilationException", err.get("ename").getAsString());
        assertTrue(err.get("evalue").getAsString().startsWith("line 2, column 13"), err.get("evalue").getAsString());
        assertTrue(e.traceback().contains("cannot find symbol"), e.traceback());
        assertTrue(e.traceback().contains("int b = a + undefinedThing;"), e.traceback());
        assertEquals("CompilationException", e.reply().content().get("ename").getAsString());

        Execution incomplete = execute("for (int i = 0; i < 3; i++) {");
        assertEquals("error", incomplete.status());
        assertTrue(incomplete.error().get("evalue").getAsString().contains("incomplete"));
    }

    @Test
    void runtimeExceptionsShowOnlyUserFrames() {
        execute("void boom(int n) { if (n == 0) throw new IllegalStateException(\"bad input\"); boom(n - 1); }");
        Execution e = execute("int before = 1;\nboom(2)");
        assertEquals("error", e.status());
        assertEquals("IllegalStateException", e.error().get("ename").getAsString());
        assertEquals("bad input", e.error().get("evalue").getAsString());
        String tb = e.traceback();
        assertTrue(tb.contains("java.lang.IllegalStateException: bad input"), tb);
        assertTrue(tb.contains("at boom("), tb);
        assertFalse(tb.contains("jdk.jshell"), tb);
        assertFalse(tb.contains("dev.civkit.kernel"), tb);
        assertFalse(tb.contains("reflect"), tb);
        assertEquals("1", execute("before").text(), "snippets before the failure ran");
    }

    @Test
    void completionComesFromJShell() {
        // Completion knows the session's variables (s was declared by an earlier cell), per snippet of the cell.
        assertEquals("ok", execute("String s = \"a\";").status());
        String code = "int n = 1;\ns.subs";
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("cursor_pos", code.length());
        Msg reply = request("complete_request", c);
        assertEquals("ok", reply.content().get("status").getAsString());
        List<String> matches = JupyterTestClient.GSON.fromJson(reply.content().get("matches"), List.class);
        assertTrue(matches.contains("substring("), matches.toString());
        assertEquals(code.length() - "subs".length(), reply.content().get("cursor_start").getAsInt());
        assertEquals(code.length(), reply.content().get("cursor_end").getAsInt());
    }

    @Test
    void inspectionShowsSignatures() {
        String code = "int m = Math.max(";
        Msg reply = inspect(code, code.length());
        assertTrue(reply.content().get("found").getAsBoolean(), reply.content().toString());
        String text = reply.content().getAsJsonObject("data").get("text/plain").getAsString();
        assertTrue(text.contains("max(int"), text);
    }

    @Test
    void isCompleteTellsCompleteFromIncomplete() {
        assertEquals("complete", isComplete("int q = 1;"));
        assertEquals("complete", isComplete("%classpath /tmp\nint q = 1;"));
        assertEquals("incomplete", isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("incomplete", isComplete("String t = \"a\" +"));
    }

    private String isComplete(String code) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        return request("is_complete_request", c).content().get("status").getAsString();
    }

    @Test
    void interruptStopsSleepingAndSpinningCells() throws Exception {
        assertEquals("ok", execute("int kept = 42;").status());
        for (String cell : List.of("Thread.sleep(600_000);", "while (true) { }")) {
            String id = startedCell(cell);
            Msg ack = client.controlReply(client.sendControl("interrupt_request", new JsonObject()), T);
            assertEquals("interrupt_reply", ack.type());
            // The reply arrives within T, long before the 10-minute sleep (or the endless loop) would end.
            Msg reply = client.shellReply(id, T);
            assertEquals("error", reply.content().get("status").getAsString(), cell);
            client.iopubUntilIdle(id, T);
        }
        assertEquals("2", execute("1 + 1").text());
        assertEquals("42", execute("kept").text(), "state survives interrupts");
    }

    /** Sends a cell that first says it started, and returns once it has: an interrupt then finds it running. */
    private String startedCell(String cell) {
        String id = client.sendExecute("System.out.println(\"started\");\n" + cell);
        assertNotNull(client.awaitIopub(m -> m.parentId().equals(id) && m.type().equals("stream")
                && m.content().get("text").getAsString().contains("started"), T), "the cell started");
        return id;
    }

    @Test
    void magicsTimeLoadAndClasspath() throws Exception {
        Execution timed = execute("%%time\nint t = 6 * 7;\nt");
        assertEquals("42", timed.text());
        assertTrue(timed.stream("stdout").contains("Wall time:"), timed.stream("stdout"));

        Path script = tmp.resolve("helpers.jsh");
        Files.writeString(script, "int loadedValue = 5;\nint twice(int v) { return 2 * v; }\n");
        assertEquals("10", execute("%load " + script + "\ntwice(loadedValue)").text());

        Path src = tmp.resolve("src/greet/Hello.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package greet; public class Hello { public static String hi() { return \"hello from jar\"; } }");
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, rc);
        Execution cp = execute("%classpath " + classes + "\ngreet.Hello.hi()");
        assertEquals("ok", cp.status(), String.valueOf(cp.error()));
        assertEquals("\"hello from jar\"".replace("\"", ""), cp.text().replace("\"", ""));
    }

    @Test
    void evalFromACell() {
        assertEquals("9", execute("eval(\"3 * 3\")").text());
    }

    @Test
    void aNullValueShowsNothingAndRenderShowsTheValue() {
        Execution nul = execute("java.util.Map<String, String> m = new java.util.HashMap<>();\nm.get(\"missing\")");
        assertEquals("ok", nul.status(), String.valueOf(nul.error()));
        assertNull(nul.result(), "a null value shows nothing");
        Execution rendered = execute("render(java.util.List.of(1, 2))");
        assertEquals("ok", rendered.status());
        assertEquals("[1, 2]", rendered.text(), "render(x) as a cell's value shows x");
    }

    @Test
    void magicsAreListedAndAnUnknownOneIsOneLine() {
        Execution ls = execute("%lsmagic");
        assertEquals("ok", ls.status());
        assertTrue(ls.stream("stdout").contains("%classpath") && ls.stream("stdout").contains("%%time"), ls.stream("stdout"));
        Execution unknown = execute("%nosuchmagic 1 2");
        assertEquals("error", unknown.status());
        String tb = unknown.traceback().strip();
        assertEquals(1, tb.lines().count(), tb);
        assertTrue(tb.contains("unknown line magic %nosuchmagic") && tb.contains("%lsmagic"), tb);
        assertEquals("ok", execute("1 + 1").status(), "the kernel goes on");
    }

    @Test
    void timeReportsCpuAndWall() {
        Execution t = execute("%%time\nlong s = 0; for (int i = 0; i < 2_000_000; i++) s += i; s");
        assertEquals("ok", t.status(), String.valueOf(t.error()));
        assertTrue(t.stream("stdout").matches("(?s).*CPU time: [0-9.]+ ms, Wall time: [0-9.]+ ms.*"), t.stream("stdout"));
    }

    @Test
    void historyAnswersWithThisSessionsCells() {
        execute("String historyMarker = \"h1\";");
        JsonObject c = new JsonObject();
        c.addProperty("output", false);
        c.addProperty("raw", true);
        c.addProperty("hist_access_type", "tail");
        c.addProperty("n", 3);
        Msg reply = request("history_request", c);
        assertEquals("history_reply", reply.type());
        JsonArray entries = reply.content().getAsJsonArray("history");
        assertEquals(3, entries.size(), entries.toString());
        assertTrue(entries.get(2).getAsJsonArray().get(2).getAsString().contains("historyMarker"), entries.toString());
    }

    @Test
    void oneThreadRunsEveryStatementSoThreadLocalsLast() {
        assertEquals("ok", execute("ThreadLocal<String> tl = new ThreadLocal<>();\ntl.set(\"kept\");\nlong cellThread = Thread.currentThread().getId();").status());
        assertEquals("kept", execute("tl.get()").text().replace("\"", ""));
        assertEquals("true", execute("Thread.currentThread().getId() == cellThread").text());
        // An interrupted sleep leaves the thread alive and it keeps running the session.
        String id = startedCell("Thread.sleep(600_000);");
        client.controlReply(client.sendControl("interrupt_request", new JsonObject()), T);
        assertEquals("error", client.shellReply(id, T).content().get("status").getAsString());
        client.iopubUntilIdle(id, T);
        assertEquals("kept", execute("tl.get()").text().replace("\"", ""));
    }

    @Test
    void runtimeErrorsPointAtTheCellsOwnLines() {
        Execution def = execute("int unused = 0;\n\nint divide(int a, int b) {\n    int q = a / b;\n    return q;\n}");
        assertEquals("ok", def.status());
        Execution e = execute("int first = 1;\nint second = 2;\n\ndivide(first, 0)");
        assertEquals("error", e.status());
        String tb = e.traceback();
        assertTrue(tb.matches("(?s).*at divide\\(In\\[\\d+\\]:4\\).*"), "the failing line of the earlier cell: " + tb);
        assertTrue(tb.matches("(?s).*at cell\\(In\\[\\d+\\]:4\\).*"), "the calling line of this cell: " + tb);
    }

    private Msg inspect(String code, int cursor) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("cursor_pos", cursor);
        c.addProperty("detail_level", 0);
        return request("inspect_request", c);
    }

    private Msg complete(String code, int cursor) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("cursor_pos", cursor);
        return request("complete_request", c);
    }

    /** A typed step offers the fields its model's type has: pro none of klein's sampler settings, klein all of them. */
    @Test
    void completionOffersOnlyTheChosenModelsFields() {
        String pro = "var gen = dev.civkit.Civkit.workflow().imageGen().flux2().pro().createImage().";
        List<String> proFields = JupyterTestClient.GSON.fromJson(complete(pro, pro.length()).content().get("matches"), List.class);
        assertTrue(proFields.containsAll(List.of("seed(", "size(", "prompt(", "enablePromptExpansion(", "whatif()")), proFields.toString());
        for (String klein : List.of("cfgScale(", "steps(", "sampleMethod(", "modelVersion(", "lora(", "guidanceScale(", "images("))
            assertFalse(proFields.contains(klein), klein + " is not a flux2 pro field: " + proFields);
        String klein = "var gen = dev.civkit.Civkit.workflow().imageGen().flux2().klein().createImage().";
        List<String> kleinFields = JupyterTestClient.GSON.fromJson(complete(klein, klein.length()).content().get("matches"), List.class);
        assertTrue(kleinFields.containsAll(List.of("seed(", "cfgScale(", "steps(", "sampleMethod(", "modelVersion(", "lora(")), kleinFields.toString());
        assertFalse(kleinFields.contains("guidanceScale("), kleinFields.toString());
    }

    @Test
    void completionSeesThisCellsEarlierDeclarationsAndMagicNames() {
        String code = "int countOfCats = 5;\nString label = \"x\";\ncountOf";
        Msg reply = complete(code, code.length());
        List<String> matches = JupyterTestClient.GSON.fromJson(reply.content().get("matches"), List.class);
        assertTrue(matches.contains("countOfCats"), matches.toString());
        assertEquals(code.length() - "countOf".length(), reply.content().get("cursor_start").getAsInt());

        Msg line = complete("%cla", 4);
        List<String> lineMagics = JupyterTestClient.GSON.fromJson(line.content().get("matches"), List.class);
        assertEquals(List.of("classpath"), lineMagics);
        assertEquals(1, line.content().get("cursor_start").getAsInt());
        String cellCode = "%%ti";
        List<String> cellMagics = JupyterTestClient.GSON.fromJson(complete(cellCode, cellCode.length()).content().get("matches"), List.class);
        assertEquals(List.of("time"), cellMagics);
    }

    @Test
    void inspectionWorksOnInsideAndRightAfterANameWithHtml() {
        String code = "int biggest = Math.max(1, 2);";
        int nameStart = code.indexOf("max");
        for (int cursor : new int[] {nameStart, nameStart + 1, nameStart + 3}) {
            Msg reply = inspect(code, cursor);
            assertTrue(reply.content().get("found").getAsBoolean(), "cursor at " + cursor + ": " + reply.content());
            JsonObject data = reply.content().getAsJsonObject("data");
            assertTrue(data.get("text/plain").getAsString().contains("max(int"), data.toString());
            assertTrue(data.get("text/html").getAsString().contains("<b>") && data.get("text/html").getAsString().contains("max(int"), data.toString());
        }
    }

    /** Shift-TAB on civkit's own verbs shows their javadoc (from civkit-sources.jar, see kernel/Javadocs). */
    @Test
    void inspectionShowsCivkitsJavadoc() {
        for (String code : List.of("dev.civkit.Civkit.workflow(", "dev.civkit.Civkit.on(")) {
            Msg reply = inspect(code, code.length());
            assertTrue(reply.content().get("found").getAsBoolean(), reply.content().toString());
            JsonObject data = reply.content().getAsJsonObject("data");
            String text = data.get("text/plain").getAsString();
            String expected = code.endsWith("workflow(") ? "Starts writing a new workflow" : "civkit's verbs on";
            assertTrue(text.contains(expected), "javadoc in text/plain: " + text);
            assertTrue(data.get("text/html").getAsString().contains(expected.replace("'", "&#39;")) || data.get("text/html").getAsString().contains(expected),
                    "and in text/html: " + data);
        }
    }

    /** The javadoc is read, not dumped: description, parameters and return value, with the tags' markup gone (text) or kept as HTML; a class's too. */
    @Test
    void inspectionShowsParametersAndReturnsOfCivkitsVerbsAndTheDocOfItsClasses() {
        String code = "var h = dev.civkit.Civkit.recipe(\"convertImage\", \"{}\")";
        Msg reply = inspect(code, code.indexOf("recipe") + 2);
        assertTrue(reply.content().get("found").getAsBoolean(), reply.content().toString());
        JsonObject data = reply.content().getAsJsonObject("data");
        String text = data.get("text/plain").getAsString();
        assertTrue(text.startsWith("dev.civkit.session.WorkflowHandle dev.civkit.Civkit.recipe(String type, Object input)\n\nRuns one step through POST /v2/consumer/recipes/{type}: input is"), text);
        assertTrue(text.contains("\n\nParameters:\n  type - the step's $type, such as \"convertImage\"\n  input - the step's input\n\nReturns:\n  a handle to the one-step workflow the recipe started"), text);
        assertFalse(text.contains("{@code") || text.contains("@param"), text);
        String html = data.get("text/html").getAsString();
        assertTrue(html.contains("Runs one step through <code>POST /v2/consumer/recipes/{type}</code>"), html);
        assertTrue(html.contains("<b>Parameters:</b></dt><dd style=\"margin-left:1.5em\"><code>type</code> – the step's <code>$type</code>"), html);
        assertTrue(html.contains("<b>Returns:</b></dt><dd style=\"margin-left:1.5em\">a handle to the one-step workflow the recipe started</dd>"), html);

        String type = "dev.civkit.Civkit.on(null)";
        JsonObject onClass = inspect(type, type.indexOf("Civkit") + 1).content().getAsJsonObject("data");
        assertTrue(onClass.get("text/plain").getAsString().startsWith("dev.civkit.Civkit\n\nThe entry point for JShell and notebooks: import static dev.civkit.Civkit.*; then workflow()…."), onClass.toString());
        assertTrue(onClass.get("text/html").getAsString().contains("<code>import static dev.civkit.Civkit.*;</code>"), onClass.toString());
    }
}
