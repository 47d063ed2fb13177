package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelInstallerTest {

    @TempDir
    Path prefix;

    @Test
    void installsKernelspecUnderPrefix() throws Exception {
        Path dir = KernelInstaller.install("--prefix", prefix, "/opt/civkit/civkit.jar");
        assertEquals(prefix.resolve("share/jupyter/kernels/civkit").toAbsolutePath(), dir);

        JsonObject spec = JupyterTestClient.GSON.fromJson(Files.readString(dir.resolve("kernel.json")), JsonObject.class);
        assertEquals("Java (civkit)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        JsonArray argv = spec.getAsJsonArray("argv");
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), argv.get(0).getAsString());
        String joined = argv.toString();
        assertTrue(joined.contains("\"-cp\",\"/opt/civkit/civkit.jar\""), joined);
        assertTrue(joined.contains(KernelMain.class.getName()), joined);
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());

        BufferedImage logo = ImageIO.read(dir.resolve("logo-64x64.png").toFile());
        assertEquals(64, logo.getWidth());
        assertEquals(64, logo.getHeight());
        assertTrue((logo.getRGB(32, 2) >>> 24) > 0, "logo is not blank");
    }

    @Test
    void cliInstallsAndExplains() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int rc;
        int help;
        try {
            rc = KernelCommand.cli(new String[] {"kernel", "install", "--prefix", prefix.toString(),
                    "--classpath", "/x/civkit.jar"});
            help = KernelCommand.cli(new String[] {"--help"});
        } finally {
            System.setOut(out);
        }
        assertEquals(0, rc);
        assertEquals(0, help);
        assertTrue(Files.readString(prefix.resolve("share/jupyter/kernels/civkit/kernel.json")).contains("/x/civkit.jar"));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("kernel install [--user | --sys-prefix | --prefix DIR]"));
        assertEquals(2, KernelCommand.cli(new String[] {"kernel", "install", "--bogus"}));
    }

    @Test
    void environmentFollowsIJavaWithJJavaWinning() {
        KernelConfig c = KernelConfig.fromEnv(Map.of(
                "IJAVA_CLASSPATH", "a.jar", "JJAVA_CLASSPATH", "b.jar",
                "IJAVA_TIMEOUT", "1500", "IJAVA_COMPILER_OPTS", "-Xlint:all  -parameters",
                "IJAVA_STARTUP_SCRIPT", "int a = 1;"));
        assertEquals("b.jar", c.classpath());
        assertEquals(1500, c.timeoutMs());
        assertEquals(java.util.List.of("-Xlint:all", "-parameters"), c.compilerOptions());
        assertEquals("int a = 1;", c.startupScript());
        assertEquals(-1, KernelConfig.fromEnv(Map.of()).timeoutMs());
    }

    /** With class data the kernelspec names an archive trained at install, and a kernel started from it still answers. */
    @Test
    void installTrainsAClassDataArchiveTheKernelspecUses() throws Exception {
        Path jar = Path.of("target/civkit.jar").toAbsolutePath(); // packaged before the integration tier runs
        Path dir = KernelInstaller.install("--prefix", prefix, jar.toString(), true);
        Path archive = dir.resolve(KernelInstaller.ARCHIVE);
        assertTrue(Files.size(archive) > 1_000_000, "a trained archive");
        JsonArray argv = JupyterTestClient.GSON.fromJson(Files.readString(dir.resolve("kernel.json")), JsonObject.class).getAsJsonArray("argv");
        assertTrue(argv.toString().contains("-XX:SharedArchiveFile=" + archive), argv.toString());
        List<String> cmd = new java.util.ArrayList<>();
        argv.forEach(e -> cmd.add(e.getAsString()));
        cmd.set(cmd.size() - 1, KernelMain.TRAIN); // runs a first cell with no connection, mapping the archive
        cmd.add(1, "-Xshare:on"); // fails to start unless the archive maps
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    void withoutAJarToTrainOnTheKernelIsInstalledWithoutAnArchive() throws Exception {
        Path dir = KernelInstaller.install("--prefix", prefix, "/opt/nowhere/civkit.jar", true);
        assertFalse(Files.exists(dir.resolve(KernelInstaller.ARCHIVE)));
        assertFalse(Files.readString(dir.resolve("kernel.json")).contains("SharedArchiveFile"));
    }
}
