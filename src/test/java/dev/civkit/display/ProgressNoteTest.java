package dev.civkit.display;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.Workflow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A long wait says where show() will save the files: once in JShell's live line, always in the notebook's display. */
class ProgressNoteTest {
    static final Workflow RUNNING = Workflow.fromJson("{\"id\":\"wf_x\",\"status\":\"processing\",\"steps\":[]}");
    static final Path FOLDER = Path.of("outputs", "wf_x");

    @Test
    void aLongWaitInJShellNamesTheFolderOnce() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsoleProgress p = ConsoleProgress.start(out, true, true, "wf_x", RUNNING, FOLDER, Duration.ZERO);
        String note = "files will be saved in " + FOLDER;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!bytes.toString(StandardCharsets.UTF_8).contains("waiting for wf_x") && System.nanoTime() < deadline) Thread.sleep(20);
        Thread.sleep(600); // a few more redraws
        p.finish(RUNNING);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.split(java.util.regex.Pattern.quote(note), -1).length - 1, "said once: " + text);
        assertTrue(text.indexOf(note) < text.lastIndexOf("waiting for wf_x"), "above the live line, which goes on: " + text);
    }

    @Test
    void aShortWaitSaysNothingMore() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress p = ConsoleProgress.start(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, true, "wf_x", RUNNING, FOLDER, Duration.ofHours(1));
        Thread.sleep(600);
        p.finish(RUNNING);
        assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("files will be saved"));
    }

    @Test
    void theNotebookDisplayNamesTheFolder() {
        RecordingTarget target = new RecordingTarget();
        List<Map<String, Object>> shown = target.shown;
        NotebookProgress p = new NotebookProgress(target, "wf_x", RUNNING, FOLDER);
        p.finish(RUNNING);
        assertTrue(String.valueOf(shown.get(0).get("text/plain")).contains("files will be saved in " + FOLDER), shown.toString());
        assertTrue(String.valueOf(shown.get(0).get("text/html")).contains("files will be saved in"), shown.toString());
    }
}
