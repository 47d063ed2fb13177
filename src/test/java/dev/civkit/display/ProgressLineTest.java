package dev.civkit.display;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.Workflow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The wait's line and notebook display say what the service reports while a workflow runs: the
 * step at work and its estimatedProgressRate, or its job's place in the queue; nothing it leaves out.
 */
@Tag("unit")
class ProgressLineTest {
    static String step(String name, String type, String status, String rate, String queuePosition) {
        return "{\"$type\":\"" + type + "\",\"name\":\"" + name + "\",\"status\":\"" + status + "\",\"estimatedProgressRate\":" + rate
                + ",\"jobs\":[{\"id\":\"j\",\"status\":\"" + status + "\",\"cost\":1"
                + (queuePosition == null ? "" : ",\"queuePosition\":" + queuePosition) + "}]}";
    }

    static Workflow wf(String status, String... steps) {
        return Workflow.fromJson("{\"id\":\"wf_x\",\"status\":\"" + status + "\",\"steps\":[" + String.join(",", steps) + "]}");
    }

    static String line(Workflow w) {
        return new ConsoleProgress(false, false, "wf_x", w, null, Duration.ZERO).line();
    }

    @Test
    void processingShowsTheStepsEstimate() {
        String l = line(wf("processing", step("0", "imageGen", "processing", "0.45", null)));
        assertTrue(l.startsWith("waiting for wf_x | processing [#########-----------]  45% | "), l);
    }

    @Test
    void aQueuedStepShowsItsPlaceAndEstimatedStart() {
        String in12s = Instant.now().plusSeconds(12).toString();
        String l = line(wf("scheduled", step("0", "imageGen", "scheduled", "0",
                "{\"support\":\"available\",\"precedingJobs\":3,\"startAt\":\"" + in12s + "\",\"completeAt\":null}")));
        assertTrue(l.matches("waiting for wf_x \\| scheduled \\| 3 jobs ahead, starts in ~1[12]\\.\\d s \\| .*"), l);
        assertFalse(l.contains("["), "no empty bar while it waits its turn: " + l);

        String next = line(wf("scheduled", step("0", "imageGen", "scheduled", "null", "{\"support\":\"available\",\"precedingJobs\":0}")));
        assertTrue(next.startsWith("waiting for wf_x | scheduled | next in queue | "), next);
    }

    @Test
    void whatTheServiceDoesNotSayIsLeftOut() {
        String unsupported = line(wf("scheduled", step("0", "imageGen", "scheduled", "null", "{\"support\":\"unsupported\",\"precedingJobs\":7}")));
        assertTrue(unsupported.matches("waiting for wf_x \\| scheduled \\| \\d+\\.\\d s"), unsupported);
        String noEstimate = line(wf("processing", step("0", "imageGen", "processing", "null", null)));
        assertTrue(noEstimate.matches("waiting for wf_x \\| processing \\| \\d+\\.\\d s"), noEstimate);
        assertTrue(line(null).matches("waiting for wf_x \\| submitted \\| \\d+\\.\\d s"), line(null));
    }

    @Test
    void preparingShowsTheDownloadEstimate() {
        String l = line(wf("preparing", step("0", "imageGen", "preparing", "0.3", null)));
        assertTrue(l.startsWith("waiting for wf_x | preparing [######--------------]  30% | "), l);
    }

    @Test
    void aWorkflowOfSeveralStepsNamesTheOneAtWork() {
        Workflow w = wf("processing",
                step("0", "imageGen", "succeeded", "null", null),
                step("upscale", "imageUpscaler", "processing", "0.4", null),
                step("2", "convertImage", "unassigned", "null", "{\"support\":\"unavailable\"}"));
        String l = line(w);
        assertTrue(l.startsWith("waiting for wf_x | step 2/3 upscale processing [########------------]  40% | "), l);
        Workflow first = wf("scheduled",
                step("$0", "imageGen", "scheduled", "0", "{\"support\":\"available\",\"precedingJobs\":1}"),
                step("$1", "imageUpscaler", "unassigned", "null", null));
        assertTrue(line(first).startsWith("waiting for wf_x | step 1/2 imageGen scheduled | 1 job ahead | "), line(first));
    }

    @Test
    void aLogGetsALinePerChangeOfWhatTheServiceSays() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress p = ConsoleProgress.start(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, false, "wf_x",
                wf("scheduled", step("0", "imageGen", "scheduled", "0", "{\"support\":\"available\",\"precedingJobs\":2}")), null, Duration.ZERO);
        p.update(wf("scheduled", step("0", "imageGen", "scheduled", "0", "{\"support\":\"available\",\"precedingJobs\":2}")));
        p.update(wf("scheduled", step("0", "imageGen", "scheduled", "0", "{\"support\":\"available\",\"precedingJobs\":1}")));
        p.update(wf("processing", step("0", "imageGen", "processing", "0.2", null)));
        p.update(wf("processing", step("0", "imageGen", "processing", "0.7", null)));
        p.finish(wf("succeeded", step("0", "imageGen", "succeeded", "null", null)));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length, String.join("\n", lines));
        assertTrue(lines[0].contains("2 jobs ahead") && lines[1].contains("1 job ahead") && lines[2].contains("processing"), String.join("\n", lines));
    }

    @Test
    void theNotebookDisplaySaysTheSame() {
        RecordingTarget target = new RecordingTarget();
        List<Map<String, Object>> shown = target.shown;
        NotebookProgress p = new NotebookProgress(target, "wf_x",
                wf("scheduled", step("0", "imageGen", "scheduled", "0", "{\"support\":\"available\",\"precedingJobs\":4}")));
        p.update(wf("processing", step("0", "gen", "processing", "0.1", null), step("upscale", "imageUpscaler", "processing", "0.62", null)));
        p.replaceWith(Map.of("text/plain", "done"));
        String firstText = String.valueOf(shown.get(0).get("text/plain"));
        assertTrue(firstText.matches("waiting for wf_x \\| scheduled \\| 4 jobs ahead \\| \\d+\\.\\d s"), firstText);
        assertTrue(String.valueOf(shown.get(0).get("text/html")).contains("4 jobs ahead"), shown.get(0).toString());
        String second = String.valueOf(shown.get(1).get("text/plain"));
        // Of two steps processing at once, the first is the one named.
        assertTrue(second.startsWith("waiting for wf_x | step 1/2 gen processing 10% | "), second);
        String html = String.valueOf(shown.get(1).get("text/html"));
        assertTrue(html.contains("step 1/2 gen") && html.contains("10%") && html.contains("width:10%"), html);
    }
}
