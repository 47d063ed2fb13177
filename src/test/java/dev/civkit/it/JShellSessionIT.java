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
                List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh"),
                Map.of("CIVKIT_OUTPUT_DIR", outputs.toString()),
                QUICK_START + "\n/exit\n", 180);
        String out = r.out();
        assertTrue(out.contains("civkit 0.1.0 | sandbox orchestrator at http://127.0.0.1:"), out);
        assertTrue(out.contains(" succeeded | imageGen | "), out);
        assertTrue(out.contains("1024x1024"), out);
        assertFalse(out.contains("Exception"), out + r.err());

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

    @Test
    void startupScriptAndKernelPreloadImportTheSameThings() throws Exception {
        String jsh = Files.readString(Path.of("jshell-startup.jsh"));
        String session;
        try (var in = getClass().getResourceAsStream("/dev/civkit/session.jsh")) {
            session = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(jsh.endsWith(session), "jshell-startup.jsh ends with the kernel's session.jsh, line for line");
    }
}
