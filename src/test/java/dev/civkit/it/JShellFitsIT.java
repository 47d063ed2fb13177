package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * civkit's values in JShell's default feedback mode, which cuts a var's value at 80 characters and an
 * expression's at 1000 (keeping both ends around " ... "): nothing of civkit's is cut.
 */
class JShellFitsIT {
    @TempDir
    Path outputs;

    @Test
    void handlesJsonAndHistoryShowWhole() throws Exception {
        Processes.jar();
        String script = String.join("\n",
                "var h = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a\").size(64, 64).quantity(3)).step(\"echo\", Map.of(\"message\", \"one\")).step(\"echo\", Map.of(\"message\", \"two\")).step(\"echo\", Map.of(\"message\", \"three\")).submit().await()",
                "System.out.println(\"MARK-\" + \"JSON\")",
                "h.json()",
                "System.out.println(\"MARK-\" + \"HISTORY\")",
                "for (int i = 0; i < 14; i++) workflow().step(\"echo\", Map.of(\"message\", \"m\" + i)).submit();",
                "history()",
                "System.out.println(\"MARK-\" + \"PLAN\")",
                "var plan = sweep(workflow().imageGen(i -> i.engine(\"flux\").size(64, 64))).prompts(\"a cat in a hat\", \"a dog on a log\", \"a fox in a box\").seeds(1, 2, 3).plan()",
                "/exit", "");
        Processes.Result r = Processes.run(List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh"),
                Map.of("CIVKIT_OUTPUT_DIR", outputs.toString(), "CIVKIT_JOURNAL", outputs.resolve("journal.jsonl").toString()), script, 240);
        String out = r.out();
        assertFalse(out.contains("Error:") || out.contains("Exception"), out + r.err());
        for (String line : out.split("\n"))
            assertFalse(line.contains(" ... "), "JShell cut a value: " + line + "\n" + out);

        String handle = line(out, "h ==> ");
        assertTrue(handle.matches("h ==> wf_\\w+ succeeded \\| imageGen \\+3 .*"), handle);
        String full = out.substring(0, out.indexOf("h ==> "));
        assertTrue(full.contains("imageGen > echo > echo > echo"), "the whole status line is printed above the value: " + full);

        String json = out.substring(out.indexOf("MARK-JSON"), out.indexOf("MARK-HISTORY"));
        assertTrue(json.contains("\"steps\"") && json.contains("\"three\""), "the JSON is printed whole: " + json);
        assertTrue(json.contains("==> JSON, "), "and the value is one line: " + json);

        String history = out.substring(out.indexOf("MARK-HISTORY"), out.indexOf("MARK-PLAN"));
        assertEquals(15, java.util.regex.Pattern.compile("wf_[0-9A-Z]{26}").matcher(history).results().map(m -> m.group()).distinct().count(),
                "every workflow of the journal is listed: " + history);
        assertTrue(line(history, "==> ").contains("15 workflows"), history);

        String plan = line(out.substring(out.indexOf("MARK-PLAN")), "plan ==> ");
        assertTrue(plan.length() <= "plan ==> ".length() + 80 && plan.contains("9 workflows") && plan.contains("run()"), plan);
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.contains(start)).map(l -> l.substring(l.indexOf(start)))
                .findFirst().orElseThrow(() -> new AssertionError("no line with " + start + " in\n" + text)).strip();
    }
}
