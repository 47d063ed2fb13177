package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
