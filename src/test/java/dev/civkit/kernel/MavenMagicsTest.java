package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.civkit.kernel.JupyterTestClient.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Maven magics against a {@code file:} repository built here (two artifacts, one depending on
 * the other) and a local repository of the test's own: no network, and the user's ~/.m2 untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MavenMagicsTest {
    private static final long T = 60_000;
    private Path tmp, repo, local;
    private String previousLocal;
    private JupyterTestClient client;

    @BeforeAll
    void start() throws Exception {
        tmp = Files.createTempDirectory("civkit-maven-test");
        repo = tmp.resolve("repo");
        local = tmp.resolve("local");
        deploy("names", "package test.lib; public class Names { public static String name() { return \"Ada\"; } }", null);
        deploy("greeter", "package test.lib; public class Greeter { public static String hello() { return \"hello \" + Names.name(); } }", "names");
        previousLocal = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", local.toString());
        System.setProperty("civkit.maven.offline", "true"); // no test reaches Maven Central
        client = new JupyterTestClient();
        CivkitKernel kernel = new CivkitKernel(new KernelConfig(null, null, null, -1, List.of()), null);
        client.startInProcess(tmp, kernel, new Throwable[1], T);
    }

    @AfterAll
    void stop() throws Exception {
        JsonObject c = new JsonObject();
        c.addProperty("restart", false);
        client.controlReply(client.sendControl("shutdown_request", c), T);
        client.close();
        System.clearProperty("civkit.maven.offline");
        if (previousLocal == null) System.clearProperty("maven.repo.local");
        else System.setProperty("maven.repo.local", previousLocal);
    }

    /** A jar and its pom in Maven's layout under test.lib; {@code dependsOn} becomes a compile dependency. */
    private void deploy(String artifact, String source, String dependsOn) throws Exception {
        Path src = tmp.resolve("src-" + artifact + "/test/lib/" + (artifact.equals("names") ? "Names" : "Greeter") + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(tmp.resolve("classes-" + artifact));
        String cp = dependsOn == null ? "" : tmp.resolve("classes-" + dependsOn).toString();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp", cp, "-d", classes.toString(), src.toString());
        assertEquals(0, rc);
        Path dir = Files.createDirectories(repo.resolve("test/lib/" + artifact + "/1.0"));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(dir.resolve(artifact + "-1.0.jar")));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(f));
                jar.closeEntry();
            }
        }
        String dep = dependsOn == null ? "" : "<dependencies><dependency><groupId>test.lib</groupId><artifactId>" + dependsOn
                + "</artifactId><version>1.0</version></dependency>"
                + "<dependency><groupId>test.lib</groupId><artifactId>only-for-tests</artifactId><version>9</version><scope>test</scope></dependency>"
                + "</dependencies>";
        Files.writeString(dir.resolve(artifact + "-1.0.pom"), "<project><modelVersion>4.0.0</modelVersion><groupId>test.lib</groupId><artifactId>"
                + artifact + "</artifactId><version>1.0</version>" + dep + "</project>");
    }

    private Msg run(String code, List<Msg> iopubOut) {
        String id = client.sendExecute(code);
        iopubOut.addAll(client.iopubUntilIdle(id, T));
        return client.shellReply(id, T);
    }

    private String text(List<Msg> iopub) {
        return iopub.stream().filter(m -> m.type().equals("execute_result"))
                .map(m -> m.content().getAsJsonObject("data").get("text/plain").getAsString()).findFirst().orElse(null);
    }

    @Test
    @Order(1)
    void mavenResolvesTransitivelyFromAFileRepository() {
        List<Msg> io = new java.util.ArrayList<>();
        Msg reply = run("%mavenRepo test " + repo.toUri() + "\n%maven test.lib:greeter:1.0\ntest.lib.Greeter.hello()", io);
        assertEquals("ok", reply.content().get("status").getAsString(), io.toString());
        assertEquals("hello Ada", text(io).replace("\"", ""));
        assertTrue(Files.exists(local.resolve("test/lib/names/1.0/names-1.0.jar")), "the dependency went through the local repository");
    }

    @Test
    @Order(2)
    void whatTheLocalRepositoryHoldsResolvesWithTheRemoteGone() throws Exception {
        try (Stream<Path> all = Files.walk(repo)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Path pom = tmp.resolve("pom.xml");
        Files.writeString(pom, "<project><modelVersion>4.0.0</modelVersion><groupId>n</groupId><artifactId>n</artifactId><version>0</version>"
                + "<properties><lib.version>1.0</lib.version></properties><dependencies><dependency><groupId>test.lib</groupId>"
                + "<artifactId>names</artifactId><version>${lib.version}</version></dependency></dependencies></project>");
        List<Msg> io = new java.util.ArrayList<>();
        Msg reply = run("%loadFromPOM " + pom + "\ntest.lib.Names.name()", io);
        assertEquals("ok", reply.content().get("status").getAsString(), io.toString());
        assertEquals("Ada", text(io).replace("\"", ""));
    }

    @Test
    @Order(3)
    void aPomFragmentInACellAndAMissingArtifactSaidInOneLine() {
        List<Msg> io = new java.util.ArrayList<>();
        Msg ok = run("%%loadFromPOM\n<dependency><groupId>test.lib</groupId><artifactId>greeter</artifactId><version>1.0</version></dependency>", io);
        assertEquals("ok", ok.content().get("status").getAsString(), io.toString());
        List<Msg> bad = new java.util.ArrayList<>();
        Msg missing = run("%maven test.lib:nowhere:2.0", bad);
        assertEquals("error", missing.content().get("status").getAsString());
        String tb = bad.stream().filter(m -> m.type().equals("error")).findFirst().orElseThrow()
                .content().getAsJsonArray("traceback").toString();
        assertTrue(tb.contains("%maven") && tb.contains("nowhere"), tb);
    }
}
