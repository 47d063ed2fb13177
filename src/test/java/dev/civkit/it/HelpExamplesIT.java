package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * help() as a newcomer uses it: type help() into JShell, then copy every example it shows, in order, into a
 * new session. Each compiles and runs (none ends in an error or an exception), and the session then does what
 * the examples said: a workflow, a sweep and a comparison saved.
 */
class HelpExamplesIT {
    /** An entry of help(): two spaces, the verb, the padding of two or more spaces, the example. */
    private static final Pattern ENTRY = Pattern.compile("^  (\\S(?:.*?\\S)?) {2,}(\\S.*)$", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    @Test
    void everyExampleHelpShowsRunsAsItIs() throws Exception {
        Map<String, String> env = Map.of("CIVKIT_OUTPUT_DIR", tmp.resolve("outputs").toString(),
                "CIVKIT_JOURNAL", tmp.resolve("journal.jsonl").toString(), "CIVKIT_SANDBOX_STATE", "off", "CIVKIT_TERMINAL_IMAGES", "off");
        Processes.jar();
        List<String> jshell = List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh");
        String help = Processes.run(jshell, env, "help()\n/exit\n", 120).out();
        List<String> examples = new ArrayList<>();
        Matcher m = ENTRY.matcher(help.substring(help.indexOf("civkit verbs")));
        while (m.find()) examples.add(m.group(2));
        assertTrue(examples.size() >= 10, "help()'s examples:\n" + help);

        String typed = String.join("\n", examples) + "\n/exit\n";
        Processes.Result r = Processes.run(jshell, env, typed, 600);
        // JShell's own words ("|  Welcome", "|  Goodbye") aside, a line starting "|  " is JShell reporting a problem.
        String out = r.out().substring(r.out().indexOf("jshell>")).replace("|  Goodbye", "");
        for (String bad : List.of("Error:", "Exception", "cannot find symbol", "|  "))
            assertFalse(out.contains(bad), "a help() example failed (" + bad + "):\n" + out + r.err());
        assertTrue(out.contains("h ==> wf_"), out);
        assertTrue(out.matches("(?s).*r ==> sweep-[0-9a-f]+: 4 of 4 succeeded.*"), out);
        assertTrue(out.contains("contact sheet "), "compare(h, h2) made a contact sheet:\n" + out);
    }
}
