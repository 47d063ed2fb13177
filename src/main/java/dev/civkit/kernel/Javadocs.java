package dev.civkit.kernel;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.SourceCodeAnalysis;

/**
 * civkit's javadoc for JShell's documentation lookup (Shift-TAB in the notebook). JShell reads doc
 * comments from sources only, and only from the ones it finds itself: the JDK's lib/src.zip
 * (jdk.jshell's SourceCodeAnalysisImpl.findSources, JDK 17 to 25), never the class path. So the build
 * writes civkit-sources.jar beside civkit.jar and the kernel adds it to that list, keeping the JDK's
 * own sources. The list is private to JShell; it is reached with the kernel JVM's
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} ({@link KernelInstaller} writes it), and
 * without it inspection shows signatures only, as before.
 */
final class Javadocs {
    static final String SOURCES_JAR = "civkit-sources.jar";
    static final String OPENS = "--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED";

    private Javadocs() {}

    /** The sources jar beside the jar (or next to the classes folder) civkit runs from; null when there is none. */
    static Path sourcesJar() {
        try {
            var source = Javadocs.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path where = Path.of(source.getLocation().toURI());
            Path jar = where.resolveSibling(SOURCES_JAR);
            return Files.isRegularFile(jar) ? jar : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Adds {@code sources} to what {@code analysis} searches for doc comments; false when JShell keeps it closed. */
    static boolean addTo(SourceCodeAnalysis analysis, Path sources) {
        if (sources == null) return false;
        try {
            // The same lazy list the plain-jshell agent gives: the JDK's sources are looked for at the first
            // inspection, not while the kernel starts.
            Field cached = analysis.getClass().getDeclaredField("availableSources");
            cached.setAccessible(true);
            cached.set(analysis, new JShellDocsAgent.LazySources(sources));
            return true;
        } catch (ReflectiveOperationException | RuntimeException closed) {
            // Not opened to us, or another JDK's JShell: signatures without javadoc, as JShell gives them.
            return false;
        }
    }
}
