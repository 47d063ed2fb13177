package dev.civkit.kernel;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * civkit's javadoc for TAB-TAB in plain JShell, on request: {@code jshell -J-javaagent:target/civkit.jar
 * --startup jshell-startup.jsh}. JShell's documentation lookup runs in the jshell tool's own JVM and
 * reads sources only from the JDK's lib/src.zip (see {@link Javadocs}); no start-up file can reach that
 * JVM, an agent can. It opens jdk.jshell to itself and gives JShell's source list the JDK's sources (as
 * JShell finds them) plus civkit-sources.jar. Without the agent, nothing of this runs.
 */
public final class JShellDocsAgent {
    private JShellDocsAgent() {}

    public static void premain(String args, Instrumentation inst) {
        try {
            Path civkit = Javadocs.sourcesJar();
            Module jshell = ModuleLayer.boot().findModule("jdk.jshell").orElse(null);
            if (civkit == null || jshell == null) return;
            inst.redefineModule(jshell, Set.of(), Map.of(), Map.of("jdk.jshell", Set.of(JShellDocsAgent.class.getModule())), Set.of(), Map.of());
            List<Path> sources = new ArrayList<>(jdkSources());
            sources.add(civkit);
            Field override = Class.forName("jdk.jshell.SourceCodeAnalysisImpl").getDeclaredField("availableSourcesOverride");
            override.setAccessible(true);
            override.set(null, List.copyOf(sources));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Another JDK's JShell: TAB-TAB shows what it always did.
            System.err.println("civkit: javadoc for TAB-TAB is not available in this JShell (" + e + ")");
        }
    }

    /** The JDK's own sources the way JShell looks for them: lib/src.zip, flat or by module. */
    static List<Path> jdkSources() {
        Path home = Path.of(System.getProperty("java.home"));
        Path zip = home.resolve("lib").resolve("src.zip");
        if (!Files.isReadable(zip)) zip = home.getParent().resolve("src.zip");
        if (!Files.isReadable(zip)) return List.of();
        try {
            FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of()); // open for the JVM's life, as JShell keeps it
            Path root = fs.getRootDirectories().iterator().next();
            if (Files.exists(root.resolve("java/lang/Object.java"))) return List.of(zip);
            List<Path> modules = new ArrayList<>();
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
                for (Path p : dirs) if (Files.isDirectory(p)) modules.add(p);
            }
            return modules;
        } catch (Exception e) {
            return List.of();
        }
    }
}
