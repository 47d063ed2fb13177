package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, typed as a person would: the quick-start line saves a real image. */
class JShellSessionIT {
    static final String QUICK_START =
            "workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A cat astronaut floating through neon space\").size(1024, 1024)).submit().await().show()";

    @TempDir
    Path outputs;

    @Test
    void quickStartLineInJShellSavesA1024Image() throws Exception {
        Processes.jar();
        Processes.Result r = Processes.run(
                List.of(Processes.jdkTool("jshell").toString(), "-J-XX:TieredStopAtLevel=1", "-J-javaagent:target/civkit.jar", "--startup", "jshell-startup.jsh"),
                Map.of("CIVKIT_OUTPUT_DIR", outputs.toString()),
                QUICK_START + "\n/exit\n", 180);
        String out = r.out();
        // No banner at start: the session's first use says where requests go, once.
        assertEquals(1, out.split("civkit 0.1.0 \\| sandbox orchestrator at http://127\\.0\\.0\\.1:", -1).length - 1, out);
        assertTrue(out.indexOf("civkit 0.1.0 | sandbox orchestrator") < out.indexOf(" succeeded | imageGen | "), out);
        assertTrue(out.contains(" succeeded | imageGen | "), out);
        assertTrue(out.contains("1024x1024"), out);
        assertFalse(out.contains("Exception"), out + r.err());
        assertFalse(out.contains("\u001b"), "output into a pipe carries no terminal escapes (no thumbnail): " + out);
        assertFalse(out.contains("Error:"), "every start-up line compiles: " + out + r.err());

        List<Path> images;
        try (Stream<Path> files = Files.walk(outputs)) {
            images = files.filter(p -> p.toString().matches(".*step-0-image-0\\.(jpg|png)")).toList();
        }
        assertEquals(1, images.size(), "one image saved: " + out);
        BufferedImage img = ImageIO.read(images.get(0).toFile());
        assertNotNull(img, "the saved file decodes");
        assertEquals(1024, img.getWidth());
        assertEquals(1024, img.getHeight());
        assertTrue(Files.isRegularFile(images.get(0).resolveSibling("workflow.json")));
    }

    /** The imports live in one JShell file (target/civkit.jsh, from src/main/jshell) and in the kernel's session.jsh. */
    @Test
    void startupScriptAndKernelPreloadImportTheSameThings() throws Exception {
        String jsh = Files.readString(Path.of("src/main/jshell/civkit.jsh"));
        String session;
        try (var in = getClass().getResourceAsStream("/dev/civkit/session.jsh")) {
            session = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertFalse(imports(jsh).isEmpty());
        assertEquals(imports(session), imports(jsh), "the JShell session and the kernel's session.jsh import the same things");
        assertFalse(session.contains("Banner"), "the session announces itself on first use, in the cell that uses it");
        // Every other line of the JShell start-up is a comment or a command: a statement there would cost
        // start-up time, which bench measures against plain jshell.
        for (String line : jsh.split("\n"))
            assertTrue(line.isBlank() || line.startsWith("//") || line.startsWith("import ") || line.startsWith("/env --class-path "), line);
        List<String> commands = Files.readString(Path.of("jshell-startup.jsh")).lines().filter(l -> !l.isBlank() && !l.startsWith("//")).toList();
        assertEquals(List.of("/open target/" + OPENED), commands, "jshell-startup.jsh opens the build's file, and nothing else");
    }

    static final String OPENED = "civkit-session (run jshell from the civkit folder after mvn -q -B -DskipTests package).jsh";

    /** Not built, or started from another folder: one line says what to run, and no import errors follow. */
    @Test
    void withoutTheBuildOneLineSaysWhatToRun(@TempDir Path elsewhere) throws Exception {
        ProcessBuilder pb = Processes.builder(List.of(Processes.jdkTool("jshell").toString(), "--startup", Path.of("jshell-startup.jsh").toAbsolutePath().toString()),
                Map.of("CIVKIT_OUTPUT_DIR", outputs.toString())).directory(elsewhere.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().write("/exit\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        String before = out.substring(0, out.indexOf("Welcome to JShell"));
        List<String> lines = before.lines().filter(l -> !l.isBlank() && !l.strip().equals("|")).toList();
        assertEquals(1, lines.size(), "one line before JShell's welcome: " + out);
        assertTrue(lines.get(0).contains("run jshell from the civkit folder after mvn -q -B -DskipTests package"), out);
        assertFalse(out.contains("Error:"), "no import errors: " + out);
    }

    @Test
    void theBuiltStartupOpensTheSessionFromAnyFolder(@TempDir Path elsewhere) throws Exception {
        Processes.jar();
        Path built = Path.of("target", "civkit.jsh").toAbsolutePath();
        String jsh = Files.readString(built);
        assertEquals(imports(Files.readString(Path.of("src/main/jshell/civkit.jsh"))), imports(jsh), "the same imports as its source");
        assertEquals("/open " + built, Files.readString(Path.of("target", OPENED)).lines().filter(l -> l.startsWith("/open")).findFirst().orElse(""),
                "jshell-startup.jsh reaches it through the file whose name is the hint");
        assertTrue(jsh.contains("/env --class-path " + Processes.jar().resolveSibling("civkit-session.jar")), "the session jar's absolute path, fixed at build time: " + jsh);
        ProcessBuilder pb = Processes.builder(List.of(Processes.jdkTool("jshell").toString(), "--startup", built.toString()),
                Map.of("CIVKIT_OUTPUT_DIR", outputs.toString())).directory(elsewhere.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().write("banner()\n/exit\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(out.contains("civkit 0.1.0 | sandbox orchestrator at http://127.0.0.1:"), out);
        assertFalse(out.contains("Error:") || out.contains("not found"), out);
    }

    private static List<String> imports(String script) {
        return script.lines().filter(l -> l.startsWith("import ")).toList();
    }
}
