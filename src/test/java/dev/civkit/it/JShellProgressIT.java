package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start typed into JShell in a real terminal, watched while it waits: the line says the
 * job's place in the queue, then moves with the step's estimatedProgressRate, then gives way to the
 * result. The orchestrator is a standalone sandbox whose job queues 2.5 s and runs 8 s, long
 * enough for a person (and this test, reading the screen four times a second) to watch it.
 */
class JShellProgressIT {
    private static final Pattern PERCENT = Pattern.compile("waiting for wf_\\w+ \\| processing \\[[#-]{20}\\] +(\\d+)% \\| ");

    @TempDir
    Path tmp;

    private final Tmux tmux = new Tmux("progress");

    @AfterEach
    void stopTmux() throws Exception {
        tmux.close();
    }

    @Test
    void theLineShowsTheQueueThenMovesWithTheSteps() throws Exception {
        try (Processes.StandaloneSandbox sandbox = Processes.sandbox("--queue-ms", "2500", "--run-ms", "8000")) {
            String cmd = "cd " + Path.of("").toAbsolutePath() + " && exec env -u CIVITAI_API_TOKEN "
                    + Processes.jdkTool("jshell") + " -J-XX:TieredStopAtLevel=1 -J-javaagent:target/civkit.jar --startup jshell-startup.jsh";
            tmux.start(150, 50, List.of("CIVITAI_BASE_URL=" + sandbox.baseUrl(), "CIVKIT_OUTPUT_DIR=" + tmp.resolve("out"),
                    "CIVKIT_JOURNAL=" + tmp.resolve("journal.jsonl")), cmd);
            tmux.waitFor(s -> s.contains("jshell>"), 60);
            tmux.send("workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A cat astronaut floating through neon space\")"
                    + ".size(1024, 1024)).submit().await().show()", "Enter");

            List<String> lines = new ArrayList<>();
            long end = System.nanoTime() + 120_000_000_000L;
            String screen = "";
            while (System.nanoTime() < end) {
                screen = tmux.run("capture-pane", "-t", "t", "-p");
                for (String l : screen.split("\n")) {
                    String line = l.strip();
                    if (line.startsWith("waiting for wf_") && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line))) lines.add(line);
                }
                if (screen.contains(" succeeded | imageGen") && screen.strip().endsWith("jshell>")) break;
                Thread.sleep(250);
            }
            String seen = String.join("\n", lines);
            assertTrue(screen.contains(" succeeded | imageGen"), "the result came: " + screen);
            assertTrue(lines.stream().anyMatch(l -> l.matches("waiting for wf_\\w+ \\| scheduled \\| next in queue, starts in ~\\d+\\.\\d s \\| .*")),
                    "while queued, the job's place and estimated start:\n" + seen);
            List<Integer> percents = new ArrayList<>();
            for (String l : lines) {
                Matcher m = PERCENT.matcher(l);
                if (m.find() && (percents.isEmpty() || percents.get(percents.size() - 1) != Integer.parseInt(m.group(1))))
                    percents.add(Integer.parseInt(m.group(1)));
            }
            assertTrue(percents.size() >= 2, "the bar moved at least twice while the step ran:\n" + seen);
            for (int i = 1; i < percents.size(); i++) assertTrue(percents.get(i) > percents.get(i - 1), "only forward: " + percents + "\n" + seen);
            assertTrue(percents.stream().anyMatch(p -> p > 0 && p < 100), seen);
        }
    }
}
