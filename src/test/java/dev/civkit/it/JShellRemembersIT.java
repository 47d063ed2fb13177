package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default sandbox remembers: a workflow submitted in one JShell, left running at /exit, is found,
 * finished and shown in the next JShell, and the CLI's get sees it too.
 */
class JShellRemembersIT {
    @TempDir
    Path tmp;

    @Test
    void submitInOneJShellShowInTheNext() throws Exception {
        Processes.jar();
        Map<String, String> env = Map.of("CIVKIT_SANDBOX_STATE", tmp.resolve("state").toString(),
                "CIVKIT_JOURNAL", tmp.resolve("journal.jsonl").toString(), "CIVKIT_OUTPUT_DIR", tmp.resolve("out").toString());
        List<String> jshell = List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh");

        Processes.Result first = Processes.run(jshell, env,
                "var h = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a lighthouse\").size(128, 128)).submit();\n"
                        + "System.out.println(\"ID=\" + h.id());\n/exit\n", 120);
        Matcher m = Pattern.compile("ID=(wf_[A-Z0-9]+)").matcher(first.out());
        assertTrue(m.find(), first.out() + first.err());
        String id = m.group(1);

        Processes.Result second = Processes.run(jshell, env, "workflow(\"" + id + "\").await().show()\nhistory()\n/exit\n", 120);
        String out = second.out();
        assertTrue(out.contains(id + " succeeded | imageGen"), out + second.err());
        assertTrue(out.contains("128x128"), out);
        assertFalse(java.util.regex.Pattern.compile("\\b404\\b").matcher(out).find(), out); // a word: a port such as 40433 is no 404
        try (Stream<Path> files = Files.walk(tmp.resolve("out"))) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("step-0-image-0")).count(), out);
        }

        // A new process runs remembered workflows again on start (their outcome is made from the request),
        // so the CLI waits the second or so that takes.
        Processes.Result get = Processes.run(List.of(Processes.jdkTool("java").toString(), "-jar", Processes.jar().toString(), "get", id, "--wait", "30"),
                env, null, 60);
        assertEquals(0, get.exit(), get.out() + get.err());
        assertTrue(get.out().contains(id + " succeeded"), get.out() + get.err());
    }
}
