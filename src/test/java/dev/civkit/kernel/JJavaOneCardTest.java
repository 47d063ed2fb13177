package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonObject;
import dev.civkit.Civkit;
import dev.civkit.SandboxFixture;
import dev.civkit.kernel.JupyterTestClient.Msg;
import dev.civkit.session.WorkflowHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * civkit under a stock JJava-style kernel: JJava's own BaseKernel runs the cell, installs civkit's
 * extension from the classpath and renders the cell's value with the renderer it registered. A
 * finished await() is one card: the progress display turned into it, and the value adds nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JJavaOneCardTest {
    private static final long T = 60_000;

    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    private JupyterTestClient client;
    private Thread kernelThread;

    /**
     * JJava's kernel, minus its JShell: the cells this test sends are named programs run in this JVM,
     * so what JJava does around a cell (count, display, renderer, execute_result) is JJava's own code.
     */
    static final class StockKernel extends BaseKernel {
        WorkflowHandle handle;

        StockKernel() {
            super("stock", "1", new LanguageInfo.Builder("java").version("17").mimetype("text/x-java-source").fileExtension(".jshell").build(),
                    List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(),
                    new MagicParser("(?<=(?:^|=))\\s*%", "%%", null), new MagicsRegistry(), true, new StringStyler.Builder().build());
        }

        @Override
        public Object evalRaw(String code) {
            switch (code.strip()) {
                case "submit":
                    handle = Civkit.on(fx.session).workflow().imageGen(i -> i.engine("flux").prompt("A cat astronaut").size(256, 256)).submit();
                    return null;
                case "await":
                    return handle.await();
                case "handle":
                    return handle;
                default:
                    return null; // the extension's imports: nothing to do without a JShell
            }
        }

        @Override
        public DisplayData inspect(String code, int at, boolean extraDetail) {
            return null;
        }

        @Override
        public ReplacementOptions complete(String code, int at) {
            return null;
        }

        @Override
        public String isComplete(String code) {
            return IS_COMPLETE_YES;
        }
    }

    @BeforeAll
    void startKernel() throws Exception {
        Path tmp = Files.createTempDirectory("civkit-jjava-one-card");
        client = new JupyterTestClient();
        kernelThread = client.startInProcess(tmp, new StockKernel(), new Throwable[1], T);
    }

    @AfterAll
    void stop() throws Exception {
        JsonObject c = new JsonObject();
        c.addProperty("restart", false);
        client.controlReply(client.sendControl("shutdown_request", c), T);
        kernelThread.join(10_000);
        client.close();
    }

    private List<Msg> run(String code) {
        String id = client.sendExecute(code);
        List<Msg> iopub = client.iopubUntilIdle(id, T);
        assertEquals("ok", client.shellReply(id, T).content().get("status").getAsString(), iopub.toString());
        return iopub;
    }

    private static List<Msg> of(List<Msg> iopub, String type) {
        return iopub.stream().filter(m -> m.type().equals(type)).collect(Collectors.toList());
    }

    private static boolean hasCard(Msg m) {
        JsonObject data = m.content().getAsJsonObject("data");
        return data != null && data.has("text/html") && data.get("text/html").getAsString().contains("<img");
    }

    @Test
    void aFinishedAwaitIsOneCardAndALaterCellShowsItAgain() {
        run("submit");
        List<Msg> awaited = run("await");
        assertEquals(1, of(awaited, "display_data").size(), "one progress display: " + awaited);
        List<Msg> updates = of(awaited, "update_display_data");
        assertTrue(!updates.isEmpty() && hasCard(updates.get(updates.size() - 1)), "the progress display ends as the card: " + awaited);
        long cards = awaited.stream().filter(m -> m.type().equals("execute_result") && hasCard(m)).count();
        assertEquals(0, cards, "the cell's value does not show the card a second time: " + awaited);

        List<Msg> later = run("handle");
        assertEquals(1, later.stream().filter(m -> m.type().equals("execute_result") && hasCard(m)).count(),
                "in a later cell the handle is its card: " + later);
    }
}
