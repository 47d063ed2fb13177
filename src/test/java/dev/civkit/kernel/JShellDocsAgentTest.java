package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent keeps the JDK's own javadoc where the JDK ships its sources: it finds them where JDK 17's
 * JShell looks, in each of src.zip's layouts. Here against made-up JDK folders (this machine's JDK
 * has no src.zip). Integration tier: the unit tier keeps out of the kernel package.
 */
class JShellDocsAgentTest {
    @TempDir
    Path tmp;

    @Test
    void aModularSrcZipGivesOneRootPerModule() throws Exception {
        Path home = tmp.resolve("jdk");
        zip(home.resolve("lib/src.zip"), "java.base/java/lang/Object.java", "java.base/java/lang/Math.java", "java.sql/java/sql/Date.java");
        List<Path> roots = JShellDocsAgent.jdkSources(home);
        assertEquals(List.of("java.base", "java.sql"), roots.stream().map(p -> p.getFileName().toString().replace("/", "")).sorted().toList());
        Path base = roots.stream().filter(p -> p.toString().contains("java.base")).findFirst().orElseThrow();
        assertTrue(Files.isRegularFile(base.resolve("java/lang/Object.java")), "readable: the zip stays open for JShell");
    }

    @Test
    void aFlatSrcZipBesideTheJdkIsOneRoot() throws Exception {
        Path home = tmp.resolve("jdk");
        Files.createDirectories(home.resolve("lib"));
        zip(tmp.resolve("src.zip"), "java/lang/Object.java");
        assertEquals(List.of(tmp.resolve("src.zip")), JShellDocsAgent.jdkSources(home));
    }

    @Test
    void noSourcesOrABrokenLinkGivesNone() throws Exception {
        Path home = tmp.resolve("jdk");
        Files.createDirectories(home.resolve("lib"));
        assertEquals(List.of(), JShellDocsAgent.jdkSources(home));
        Files.createSymbolicLink(home.resolve("lib/src.zip"), tmp.resolve("missing/src.zip")); // as Debian's without openjdk-17-source
        assertEquals(List.of(), JShellDocsAgent.jdkSources(home));
        Files.delete(home.resolve("lib/src.zip"));
        zip(home.resolve("lib/src.zip"), "README");
        assertEquals(List.of(), JShellDocsAgent.jdkSources(home), "a zip without java.lang.Object is not the JDK's sources");
    }

    private static void zip(Path file, String... entries) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("/** Made up. */ class X {}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }
}
