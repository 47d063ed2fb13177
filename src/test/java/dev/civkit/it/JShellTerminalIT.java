package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.display.TerminalImages;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JShell in a real terminal (tmux): show() draws the saved picture as a half-block thumbnail, read
 * back from tmux's screen with its colours and compared cell by cell with the picture on disk.
 */
class JShellTerminalIT {
    private static final Pattern SGR = Pattern.compile("\u001b\\[([0-9;:]*)m|\u2580");

    @TempDir
    Path tmp;

    private final Tmux tmux = new Tmux("terminal");

    @AfterEach
    void stopTmux() throws Exception {
        tmux.close();
    }

    @Test
    void showDrawsTheThumbnailInTheTerminal() throws Exception {
        Processes.jar();
        Path out = tmp.resolve("out");
        // No real token or URL from the developer's shell: the session must start its own sandbox.
        String cmd = "cd " + Path.of("").toAbsolutePath() + " && exec env -u CIVITAI_API_TOKEN -u CIVITAI_BASE_URL "
                + Processes.jdkTool("jshell") + " --startup jshell-startup.jsh";
        tmux.start(150, 60, List.of("CIVKIT_OUTPUT_DIR=" + out, "CIVKIT_JOURNAL=" + tmp.resolve("journal.jsonl"),
                "CIVKIT_SANDBOX_STATE=" + tmp.resolve("state")), cmd);
        tmux.waitFor(s -> s.contains("jshell>"), 60);
        tmux.send("workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a cat\").size(256, 128)).run().show()", "Enter");
        String screen = tmux.waitFor(s -> s.contains("step-0-image-0") && s.lastIndexOf("jshell>") > s.indexOf("step-0-image-0"), 120);

        List<Path> saved;
        try (Stream<Path> files = Files.walk(out)) {
            saved = files.filter(p -> p.getFileName().toString().startsWith("step-0-image-0")).toList();
        }
        assertEquals(1, saved.size(), screen);
        BufferedImage image = ImageIO.read(saved.get(0).toFile());

        List<String> rows = new ArrayList<>();
        for (String line : screen.split("\n")) if (line.indexOf('\u2580') >= 0) rows.add(line);
        String expected = new String(TerminalImages.bytes(TerminalImages.Mode.BLOCKS, image), StandardCharsets.UTF_8);
        List<String> expectedRows = List.of(expected.split("\n"));
        assertEquals(10, expectedRows.size(), "256x128 at 40 columns: 10 rows of half blocks");
        assertEquals(expectedRows.size(), rows.size(), screen);
        for (int i = 0; i < rows.size(); i++) {
            List<String> got = cells(rows.get(i)), want = cells(expectedRows.get(i));
            assertEquals(40, got.size(), "row " + i + ": " + rows.get(i));
            assertEquals(want, got, "row " + i + " of the thumbnail as tmux shows it");
        }
    }

    /** The colours of each half block in a row: tmux repeats only changed colours, so they are tracked. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        String fg = "?", bg = "?";
        Matcher m = SGR.matcher(row);
        while (m.find()) {
            if (m.group().equals("\u2580")) {
                cells.add(fg + "/" + bg);
                continue;
            }
            String[] p = m.group(1).split("[;:]");
            for (int i = 0; i < p.length; i++) {
                if ((p[i].equals("38") || p[i].equals("48")) && i + 4 < p.length && p[i + 1].equals("2")) {
                    String rgb = p[i + 2] + "," + p[i + 3] + "," + p[i + 4];
                    if (p[i].equals("38")) fg = rgb;
                    else bg = rgb;
                    i += 4;
                } else if (p[i].equals("0") || p[i].isEmpty()) {
                    fg = "?";
                    bg = "?";
                }
            }
        }
        return cells;
    }
}
