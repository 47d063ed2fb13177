package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start piped through jshell into a file, as {@code … | jshell --startup jshell-startup.jsh > out.txt}
 * does, on the JDKs people run: 17 (the floor: the JDK running the tests) and 25 (the current LTS, from
 * {@code -Dcivkit.jdk25=DIR}, default Temurin's Debian path). Since JDK 22 System.console() exists when the
 * output is redirected, so the terminal check must not take it for a terminal: no colour escapes in the file.
 */
class JShellPipeJdksIT {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(strings = {"running", "25"})
    void showWritesNoEscapesIntoAPipe(String jdk) throws Exception {
        Path home = jdk.equals("running") ? Path.of(System.getProperty("java.home"))
                : Path.of(System.getProperty("civkit.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        Path jshell = home.resolve("bin").resolve("jshell");
        Assumptions.assumeTrue(Files.isExecutable(jshell), "no JDK " + jdk + " at " + home + ": set -Dcivkit.jdk25=DIR to test it");
        Processes.jar();
        Processes.Result r = Processes.run(List.of(jshell.toString(), "--startup", "jshell-startup.jsh"),
                Map.of("CIVKIT_OUTPUT_DIR", tmp.resolve("outputs").toString(), "CIVKIT_JOURNAL", tmp.resolve("journal.jsonl").toString(),
                        "CIVKIT_SANDBOX_STATE", "off", "TERM", "xterm-256color"),
                "workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a cat\").size(256, 256)).submit().await().show()\n/exit\n", 180);
        assertTrue(r.out().contains("succeeded | imageGen"), r.out() + r.err());
        assertFalse(r.out().contains("\u001b["), "colour escapes written into a pipe on JDK " + jdk + ":\n" + r.out());
    }
}
