package dev.civkit.kernel;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
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

    /**
     * Sets the static source list JShell keeps for its own tests, which every JShell instance in the JVM
     * reads before looking for src.zip. The list is worked out at the first TAB that asks for
     * documentation, not here, so the tool starts as fast as without the agent.
     */
    public static void premain(String args, Instrumentation inst) {
        try {
            Path civkit = Javadocs.sourcesJar();
            Module jshell = ModuleLayer.boot().findModule("jdk.jshell").orElse(null);
            if (jshell == null) return; // another program's JVM: nothing to add to
            if (civkit == null) {
                System.err.println("civkit: no " + Javadocs.SOURCES_JAR + " beside the jar, so TAB-TAB shows no civkit javadoc (mvn -q -B -DskipTests package writes it)");
                return;
            }
            inst.redefineModule(jshell, Set.of(), Map.of(), Map.of("jdk.jshell", Set.of(JShellDocsAgent.class.getModule())), Set.of(), Map.of());
            Field override = Class.forName(jshell, "jdk.jshell.SourceCodeAnalysisImpl").getDeclaredField("availableSourcesOverride");
            override.setAccessible(true);
            override.set(null, new LazySources(civkit));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Another JDK's JShell: TAB-TAB shows what it always did.
            System.err.println("civkit: javadoc for TAB-TAB is not available in this JShell (" + e + ")");
        }
    }

    /**
     * The source roots JShell finds for the JDK at {@code home}, worked out as JDK 17's JShell does
     * (SourceCodeAnalysisImpl.findSources): lib/src.zip, or src.zip beside the JDK; the zip itself when
     * it holds java/lang/Object.java, each module's folder in it when it holds java.base/java/lang/Object.java.
     * The zip stays open: JShell reads from these paths for the rest of the session.
     */
    static List<Path> jdkSources(Path home) {
        Path zip = home.resolve("lib").resolve("src.zip");
        if (!Files.isReadable(zip) && home.getParent() != null) zip = home.getParent().resolve("src.zip");
        if (!Files.isReadable(zip)) return List.of();
        try {
            FileSystem fs = FileSystems.newFileSystem(zip);
            Path root = fs.getRootDirectories().iterator().next();
            if (Files.exists(root.resolve("java/lang/Object.java"))) {
                fs.close();
                return List.of(zip);
            }
            List<Path> modules = new ArrayList<>();
            if (Files.exists(root.resolve("java.base/java/lang/Object.java"))) {
                try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
                    dirs.forEach(modules::add);
                }
            }
            if (modules.isEmpty()) fs.close();
            return modules;
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** The JDK's source roots, then civkit's sources jar; found on first use (a TAB in JShell), not at start. */
    static final class LazySources extends AbstractList<Path> {
        private final Path civkit;
        private List<Path> all;

        LazySources(Path civkit) {
            this.civkit = civkit;
        }

        private synchronized List<Path> all() {
            if (all == null) {
                List<Path> found = new ArrayList<>(jdkSources(Path.of(System.getProperty("java.home"))));
                found.add(civkit);
                all = List.copyOf(found);
            }
            return all;
        }

        @Override
        public Path get(int index) {
            return all().get(index);
        }

        @Override
        public int size() {
            return all().size();
        }
    }
}
