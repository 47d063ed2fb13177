package dev.civkit.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's first minute: --version, file errors that say why, bench results kept under target/. */
@Tag("unit")
class FirstMinuteCliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsOneLine() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("civkit \\d+\\.\\d+\\.\\d+ \\(Java \\d+\\)\n"), r.out());
    }

    @Test
    void aMissingFileSaysSoAndWhereItLooked() {
        Path missing = dir.resolve("nope.json");
        Run r = run("submit", missing.toString());
        assertEquals(2, r.code());
        assertEquals("cannot read " + missing + ": no such file (looked for " + missing.toAbsolutePath() + ")\n", r.err());
    }

    @Test
    void aFolderIsNotAFile() {
        Run r = run("submit", dir.toString());
        assertEquals(2, r.code());
        assertEquals("cannot read " + dir + ": it is a folder, not a file\n", r.err());
    }

    @Test
    void benchHelpNamesWriteResults() {
        Run help = run("bench", "--help");
        assertTrue(help.out().contains("--write-results"), help.out());
    }
}
