package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code civkit notebook}: Jupyter's command line from the CLI's arguments (integration tier: the kernel package starts processes). */
class NotebookCommandTest {
    private final ByteArrayOutputStream notes = new ByteArrayOutputStream();

    private List<String> command(boolean root, String... args) {
        return NotebookLauncher.command("jupyter", Path.of("nb"), List.of(args), root, new PrintStream(notes, true, StandardCharsets.UTF_8));
    }

    @Test
    void portAndNoBrowserAndOtherArgumentsReachJupyter() {
        List<String> cmd = command(false, "--port", "8899", "--no-browser", "--ServerApp.token=abc");
        assertEquals(List.of("jupyter", "notebook", "--notebook-dir=" + Path.of("nb").toAbsolutePath(), "--port=8899", "--no-browser",
                "--ServerApp.token=abc"), cmd);
        assertEquals("", notes.toString(StandardCharsets.UTF_8), "nothing to say when not root");
    }

    @Test
    void asRootAllowRootIsAddedAndSaid() {
        List<String> cmd = command(true, "--no-browser");
        assertEquals("--allow-root", cmd.get(cmd.size() - 1));
        assertEquals("running as root: starting Jupyter with --allow-root\n", notes.toString(StandardCharsets.UTF_8));
        assertEquals(1, command(true, "--allow-root").stream().filter("--allow-root"::equals).count(), "not twice");
    }

    @Test
    void aPortWithoutANumberIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> command(false, "--port", "high"));
        assertEquals("--port needs a port number, e.g. --port 8899", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> command(false, "--port"));
    }
}
