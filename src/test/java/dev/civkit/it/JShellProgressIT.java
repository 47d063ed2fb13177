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
            startJShell(sandbox, 150, 50);
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

    /**
     * In a terminal of 80 columns, the common default, the line is longer than the screen is wide. Redrawn
     * in place it must still be one line: one that wraps leaves its first part behind at every redraw, and
     * the screen fills with copies.
     */
    @Test
    void inAnEightyColumnTerminalTheLineStaysOneLine() throws Exception {
        try (Processes.StandaloneSandbox sandbox = Processes.sandbox("--queue-ms", "1000", "--run-ms", "5000")) {
            startJShell(sandbox, 80, 24);
            tmux.send("workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A cat astronaut\").size(1024, 1024)).submit().await()", "Enter");
            long end = System.nanoTime() + 120_000_000_000L;
            String screen = "";
            int seenWaiting = 0;
            while (System.nanoTime() < end) {
                screen = tmux.run("capture-pane", "-t", "t", "-p");
                long waiting = screen.lines().filter(l -> l.startsWith("waiting for wf_")).count();
                assertTrue(waiting <= 1, "the live line wrapped and left copies behind:\n" + screen);
                seenWaiting += (int) waiting;
                if (screen.contains(" succeeded | imageGen") && screen.strip().endsWith("jshell>")) break;
                Thread.sleep(250);
            }
            assertTrue(screen.contains(" succeeded | imageGen"), "the result came: " + screen);
            assertTrue(seenWaiting >= 4, "the line was on screen while the workflow ran: " + seenWaiting + " captures\n" + screen);
        }
    }

    /** jshell with the kit, on the sandbox, in a terminal of that size, once its prompt shows. */
    private void startJShell(Processes.StandaloneSandbox sandbox, int columns, int rows) throws Exception {
        String cmd = "cd " + Path.of("").toAbsolutePath() + " && exec env -u CIVITAI_API_TOKEN "
                + Processes.jdkTool("jshell") + " -J-XX:TieredStopAtLevel=1 -J-javaagent:target/civkit.jar --startup jshell-startup.jsh";
        tmux.start(columns, rows, List.of("CIVITAI_BASE_URL=" + sandbox.baseUrl(), "CIVKIT_OUTPUT_DIR=" + tmp.resolve("out"),
                "CIVKIT_JOURNAL=" + tmp.resolve("journal.jsonl")), cmd);
        tmux.waitFor(s -> s.contains("jshell>"), 60);
    }
}
