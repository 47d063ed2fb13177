package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JShell's output piped into a file or a CI log ({@code jshell --startup jshell-startup.jsh | cat}):
 * an await() and a sweep report progress as whole lines, never a carriage-return redraw, which a
 * pipe keeps as one line growing four times a second.
 */
class JShellPipeProgressIT {
    @TempDir
    Path tmp;

    @Test
    void awaitAndSweepWritePlainLinesIntoAPipe() throws Exception {
        Processes.jar();
        // Jobs long enough for the lines to matter: a queue, then seconds of processing.
        SandboxConfig slow = SandboxConfig.defaults().withQueueTime(Duration.ofMillis(2500)).withRunTime(Duration.ofSeconds(6));
        try (Sandbox sandbox = Sandbox.start(slow)) {
            String snippets = "var h = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a slow cat\").size(64, 64)).submit().await();\n"
                    + "System.out.println(\"MARK-\" + \"AWAITED\")\n"
                    + "var r = sweep(workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a slow sweep\").size(64, 64)))"
                    + ".seeds(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20).concurrency(10).run();\n"
                    + "/exit\n";
            Processes.Result run = Processes.run(List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh"),
                    Map.of("CIVKIT_OUTPUT_DIR", tmp.resolve("outputs").toString(), "CIVITAI_BASE_URL", sandbox.baseUrl(),
                            "CIVKIT_JOURNAL", tmp.resolve("journal.jsonl").toString(), "TERM", "xterm-256color"),
                    snippets, 300);
            String out = run.out();
            assertFalse(out.contains("\r"), "a carriage return written into a pipe:\n" + out.replace("\r", "<CR>"));
            int mark = out.indexOf("MARK-AWAITED");
            assertTrue(mark > 0, "the await ended: " + out + run.err());
            String awaited = out.substring(0, mark);
            String swept = out.substring(mark);

            List<String> waits = lines(awaited, "waiting for \\S+ \\| \\S+ .*");
            assertTrue(waits.size() >= 2, "the await says how it goes in whole lines:\n" + awaited);
            assertTrue(waits.size() <= 6, "an 8-second wait writes a few lines, not a redraw each 250 ms:\n" + awaited);
            assertTrue(waits.stream().anyMatch(l -> l.contains("| processing ")), "the status is kept current in the log:\n" + awaited);

            List<String> sweeps = lines(swept, "sweep \\d+/20 done \\| .*");
            assertTrue(sweeps.size() >= 3, "the sweep starts, goes on and ends in whole lines:\n" + swept);
            assertTrue(sweeps.size() <= 12, "a 20-second sweep writes a line per tenth at most every few seconds:\n" + swept);
            assertTrue(sweeps.get(0).startsWith("sweep 0/20 done"), "the first line is the sweep's start:\n" + swept);
            assertTrue(sweeps.get(sweeps.size() - 1).startsWith("sweep 20/20 done | 0 running | 0 failed"), "the last is its end:\n" + swept);
            assertTrue(sweeps.stream().anyMatch(l -> !l.startsWith("sweep 0/") && !l.startsWith("sweep 20/")),
                    "a line between the first and the last:\n" + swept);
        }
    }

    /**
     * Lines ending in {@code regex}'s match. A line may begin with what JShell itself writes there (its
     * prompt, with a backspace, or under JDK 25 whatever its console leaves before a snippet's first
     * output, which once kept the sweep's first line from matching an anchored pattern): civkit's part,
     * the match, always ends its line.
     */
    private static List<String> lines(String text, String regex) {
        Matcher m = Pattern.compile("(" + regex + ")$", Pattern.MULTILINE).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
