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
                "h.printJson()",
                "System.out.println(\"MARK-\" + \"FILES\")",
                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"%ONE%\"), workflow().imageGen(i -> i.engine(\"flux\").prompt(\"one step\").size(64, 64)).toJson())",
                "{ var forty = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"forty steps\").size(64, 64)); for (int i = 1; i < 40; i++) forty.step(\"echo\", Map.of(\"message\", \"echo number \" + i)); java.nio.file.Files.writeString(java.nio.file.Path.of(\"%FORTY%\"), forty.toJson()); }",
                "System.out.println(\"MARK-\" + \"HISTORY\")",
                "for (int i = 0; i < 14; i++) workflow().step(\"echo\", Map.of(\"message\", \"m\" + i)).submit();",
                "history()",
                "System.out.println(\"MARK-\" + \"PLAN\")",
                "var plan = sweep(workflow().imageGen(i -> i.engine(\"flux\").size(64, 64))).prompts(\"a cat in a hat\", \"a dog on a log\", \"a fox in a box\").seeds(1, 2, 3).plan()",
                "/exit", "").replace("%ONE%", outputs.resolve("one.json").toString()).replace("%FORTY%", outputs.resolve("forty.json").toString());
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

        String json = out.substring(out.indexOf("MARK-JSON"), out.indexOf("MARK-FILES"));
        json = json.substring(json.indexOf('\n') + 1);
        var printed = dev.civkit.json.Json.parse(json.substring(json.indexOf('{'), json.lastIndexOf('}') + 1));
        assertEquals(4, printed.get("steps").size(), "printJson() prints the whole workflow: " + json);
        assertEquals("three", printed.at("/steps/3/input/message").asString(), json);

        var one = dev.civkit.json.Json.parse(java.nio.file.Files.readString(outputs.resolve("one.json")));
        var forty = dev.civkit.json.Json.parse(java.nio.file.Files.readString(outputs.resolve("forty.json")));
        assertEquals("one step", one.at("/steps/0/input/prompt").asString(), "Files.writeString(path, w.toJson()) writes the body");
        assertEquals(40, forty.get("steps").size(), "for forty steps too");
        assertEquals("echo number 39", forty.at("/steps/39/input/message").asString());

        String history = out.substring(out.indexOf("MARK-HISTORY"), out.indexOf("MARK-PLAN"));
        assertEquals(15, java.util.regex.Pattern.compile("wf_[0-9A-Z]{26}").matcher(history).results().map(m -> m.group()).distinct().count(),
                "every workflow of the journal is listed: " + history);
        assertTrue(line(history, "==> ").contains("15 workflows"), history);

        String plan = line(out.substring(out.indexOf("MARK-PLAN")), "plan ==> ");
        assertTrue(plan.length() <= "plan ==> ".length() + 80 && plan.contains("9 workflows") && plan.contains("run()"), plan);
    }

    @Test
    void eachValueANewcomerHoldsIsOneLineThatSaysWhatItIs() throws Exception {
        Processes.jar();
        String script = String.join("\n",
                "var w = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a red fox in snow\").size(1024, 1024))",
                "var v = w.variant(\"0\", Map.of(\"seed\", 7, \"prompt\", \"a dog\"))",
                "var gen = workflow().imageGen().flux2().pro().createImage().prompt(\"a fox in a field of poppies at dawn\").size(1024, 1024).name(\"gen\")",
                "var h = w.run()",
                "var d = h.download()",
                "h.download()",
                "var r = sweep(w).seeds(1, 2, 3).plan().run()",
                "/exit", "");
        Processes.Result run = Processes.run(List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh"),
                Map.of("CIVKIT_OUTPUT_DIR", outputs.toString(), "CIVKIT_JOURNAL", outputs.resolve("journal.jsonl").toString(),
                        "CIVKIT_SANDBOX_STATE", "off"), script, 240);
        String out = run.out();
        assertFalse(out.contains("Error:") || out.contains("Exception"), out + run.err());
        for (String l : out.split("\n")) assertFalse(l.contains(" ... "), "JShell cut a value: " + l + "\n" + out);

        String w = value(out, "w"), v = value(out, "v"), gen = value(out, "gen"), d = value(out, "d"), r = value(out, "r");
        for (String value : List.of(w, v, gen, d, r)) assertTrue(value.length() <= 80, "over JShell's 80 for a var: " + value);
        assertTrue(w.startsWith("workflow, not sent: imageGen"), w);
        assertTrue(v.startsWith("variant, not sent: imageGen") && v.contains("seed=7"), "a variant says so and what it changed: " + v);
        assertTrue(gen.startsWith("step imageGen 'gen'") && gen.contains("engine"), gen);
        assertTrue(d.matches("wf_\\w+: 1 file saved, [0-9.]+ KB .*"), d);
        assertFalse(out.contains("DownloadResult["), "a download reads as one line, not a record dump:\n" + out);
        assertTrue(out.matches("(?s).*\\$\\d+ ==> wf_\\w+: 1 file saved.*"), "h.download() as an expression too:\n" + out);
        assertTrue(r.matches("sweep-[0-9a-f]+: 3 of 3 succeeded \\| 12 Buzz.*"), r);
        assertTrue(out.substring(0, out.indexOf("r ==> ")).matches("(?s).*#\\s+seed\\s+status.*"), "the sweep's table is printed:\n" + out);
    }

    /** What JShell shows of {@code var name = …}: the text after "name ==> ". */
    private static String value(String out, String name) {
        return line(out, name + " ==> ").substring(name.length() + 5);
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.contains(start)).map(l -> l.substring(l.indexOf(start)))
                .findFirst().orElseThrow(() -> new AssertionError("no line with " + start + " in\n" + text)).strip();
    }
}
