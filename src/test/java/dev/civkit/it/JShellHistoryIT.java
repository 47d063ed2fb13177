package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * history() and resume() as a newcomer meets them over two JShell sessions sharing the journal: the
 * first leaves a workflow running and one not downloaded, then exits; the second talks to another
 * orchestrator (its sandbox forgets, so it comes up on another port), runs one more, and types
 * history(), resume(), history(), resume(). The rows come in submission order with times to the
 * second in the machine's zone (TZ=Asia/Kolkata here, half an hour off any whole-hour zone) and
 * saved folders under the output folder as the user named it; what history() says resume() will do
 * is what resume() then does, line for line.
 */
class JShellHistoryIT {
    private static final Pattern ID = Pattern.compile("ID=(wf_[A-Z0-9]+)");

    @TempDir
    Path tmp;

    @Test
    void historySaysWhatResumeThenDoes() throws Exception {
        Processes.jar();
        // A relative output folder, as the default "outputs" is: under target/, so the clone stays clean.
        String outputs = "target/it-history-" + UUID.randomUUID().toString().substring(0, 8) + "/outputs";
        Path journal = tmp.resolve("journal.jsonl");
        Map<String, String> env = Map.of("CIVKIT_SANDBOX_STATE", "off", "CIVKIT_JOURNAL", journal.toString(),
                "CIVKIT_OUTPUT_DIR", outputs, "TZ", "Asia/Kolkata");
        List<String> jshell = List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh");

        Processes.Result first = Processes.run(jshell, env, String.join("\n",
                "var saved = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a saved fox\").size(64, 64)).run();",
                "saved.download();",
                "var ran = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a fox not saved\").size(64, 64)).run();",
                "var left = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a fox left running\").size(64, 64)).submit();",
                "System.out.println(\"ID=\" + saved.id()); System.out.println(\"ID=\" + ran.id()); System.out.println(\"ID=\" + left.id());",
                "/exit", ""), 180);
        List<String> ids = ids(first.out());
        assertEquals(3, ids.size(), first.out() + first.err());

        Processes.Result second = Processes.run(jshell, env, String.join("\n",
                "var here = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a fox here\").size(64, 64)).run();",
                "System.out.println(\"ID=\" + here.id());",
                "System.out.println(\"MARK-H1\"); history()",
                "System.out.println(\"MARK-R1\"); resume()",
                "System.out.println(\"MARK-H2\"); history()",
                "System.out.println(\"MARK-R2\"); resume()",
                "System.out.println(\"MARK-END\");",
                "/exit", ""), 180);
        String out = second.out();
        ids.addAll(ids(out));
        assertEquals(4, ids.size(), out + second.err());
        String h1 = between(out, "MARK-H1", "MARK-R1"), r1 = between(out, "MARK-R1", "MARK-H2");
        String h2 = between(out, "MARK-H2", "MARK-R2"), r2 = between(out, "MARK-R2", "MARK-END");

        // Submission order, local time to the second, folders under the output folder as named.
        List<String> rows = new ArrayList<>();
        for (String l : h1.split("\n")) if (l.matches(".*wf_[A-Z0-9]{26} \\w+ \\| submitted .*")) rows.add(l.replaceFirst(".*?(wf_)", "$1"));
        assertEquals(ids, rows.stream().map(r -> r.substring(0, r.indexOf(' '))).toList(), h1);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        List<String> sent = sentTimes(journal);
        for (int i = 0; i < rows.size(); i++) {
            String expected = local.format(Instant.parse(sent.get(i)).atZone(ZoneId.of("Asia/Kolkata")));
            assertTrue(rows.get(i).contains("| submitted " + expected + " "), "row " + i + " in Kolkata time, to the second: " + rows.get(i));
        }
        assertTrue(rows.get(0).contains("| saved in " + outputs + "/" + ids.get(0)), rows.get(0));
        assertFalse(h1.contains(Path.of("").toAbsolutePath().toString()), "no absolute paths: " + h1);

        // What history() says resume() will do is what it does.
        assertTrue(rows.get(1).endsWith("not saved yet, resume() cannot reach it"), rows.get(1));
        assertTrue(rows.get(2).endsWith(" | resume() cannot reach it"), rows.get(2));
        assertTrue(rows.get(3).endsWith("not saved yet, resume() picks it up"), rows.get(3));
        assertTrue(h1.contains("resume() picks up 1, 2 unreachable"), h1);
        assertTrue(r1.contains("resume: 1 picked up, 2 unreachable"), r1);
        assertEquals(unreachable(h1), unreachable(r1), "the same workflows, for the same reasons");
        assertEquals(2, unreachable(r1).size(), r1);
        assertTrue(r1.contains(ids.get(3) + " succeeded"), r1);

        assertTrue(h2.contains("resume() picks up 0, 2 unreachable"), h2);
        assertTrue(h2.contains(ids.get(3) + " succeeded | submitted") && h2.contains("saved in " + outputs + "/" + ids.get(3)), h2);
        assertTrue(r2.contains("resume: 0 picked up, 2 unreachable"), r2);
        assertEquals(unreachable(h2), unreachable(r2), r2);
    }

    private static List<String> ids(String out) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(out);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    private static String between(String out, String from, String to) {
        int a = out.lastIndexOf(from), b = out.lastIndexOf(to);
        assertTrue(a >= 0 && b > a, from + " .. " + to + " in:\n" + out);
        return out.substring(a, b);
    }

    private static List<String> unreachable(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n")) if (l.strip().startsWith("UNREACHABLE ")) lines.add(l.strip());
        return lines;
    }

    /** The journal's intent times, in the order the intents were written. */
    private static List<String> sentTimes(Path journal) throws Exception {
        List<String> times = new ArrayList<>();
        Matcher m = Pattern.compile("\"event\":\"intent\",\"time\":\"([^\"]+)\"").matcher(Files.readString(journal, StandardCharsets.UTF_8));
        while (m.find()) times.add(m.group(1));
        return times;
    }
}
