package dev.civkit.kernel;

import com.google.gson.GsonBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Writes civkit's Jupyter kernelspec: a {@code civkit} folder holding {@code kernel.json} and a
 * 64x64 logo, in the same places {@code jupyter kernelspec install} would use.
 */
final class KernelInstaller {

    public static final String KERNEL_NAME = "civkit";
    public static final String DISPLAY_NAME = "Java (civkit)";

    private KernelInstaller() {
    }

    /**
     * Installs for {@code mode} {@code --user}, {@code --sys-prefix} or {@code --prefix} (which needs
     * {@code prefixOrNull}); the kernel runs from the jar holding this class. Returns the kernel folder.
     */
    public static Path install(String mode, Path prefixOrNull) {
        return install(mode, prefixOrNull, null);
    }

    /** As {@link #install(String, Path)}, with an explicit classpath for runs outside the jar (tests, IDEs). */
    public static Path install(String mode, Path prefixOrNull, String classpathOrNull) {
        return install(mode, prefixOrNull, classpathOrNull, false);
    }

    /**
     * As {@link #install(String, Path, String)}; with {@code classData}, first trains a class-data
     * archive beside the kernelspec (a kernel started and run through a first cell, a few seconds)
     * that every kernel start then maps instead of loading and verifying those classes again. When
     * training fails the kernel is installed without one; a JDK update later only makes the JVM
     * ignore it. Training needs the kernel's classpath as jars (the JVM archives classes from jars only).
     */
    public static Path install(String mode, Path prefixOrNull, String classpathOrNull, boolean classData) {
        String classpath = classpathOrNull != null ? classpathOrNull : ownClasspath();
        Path dir = kernelsDir(mode, prefixOrNull).resolve(KERNEL_NAME);
        Path archive = classData ? trainClassData(dir, classpath) : null;
        writeSpec(dir, argv(classpath, archive));
        return dir;
    }

    static final String ARCHIVE = "civkit-kernel.jsa";

    private static Path trainClassData(Path dir, String classpath) {
        Path archive = dir.resolve(ARCHIVE);
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(archive);
            ProcessBuilder pb = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-Djava.awt.headless=true", Javadocs.OPENS, "-cp", classpath, KernelMain.class.getName(), KernelMain.TRAIN)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            // The training session's sandbox is thrown away: it must not leave state in the person's ~/.civkit.
            pb.environment().put("CIVKIT_SANDBOX_STATE", "off");
            Process p = pb.start();
            boolean done = p.waitFor(120, TimeUnit.SECONDS);
            if (!done) p.destroyForcibly();
            if (done && p.exitValue() == 0 && Files.isRegularFile(archive) && Files.size(archive) > 0) return archive;
            // A failed run may still dump a partial archive at exit: never leave one that the spec does not name.
            Files.deleteIfExists(archive);
            return null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java").toString();
    }

    /** The {@code kernels} folder Jupyter searches for the given install mode. */
    public static Path kernelsDir(String mode, Path prefixOrNull) {
        switch (mode == null ? "--user" : mode) {
            case "--user", "user" -> {
                return userDataDir().resolve("kernels");
            }
            case "--sys-prefix", "sys-prefix" -> {
                return sysPrefix().resolve("share").resolve("jupyter").resolve("kernels");
            }
            case "--prefix", "prefix" -> {
                if (prefixOrNull == null) {
                    throw new IllegalArgumentException("--prefix needs a directory");
                }
                return prefixOrNull.toAbsolutePath().resolve("share").resolve("jupyter").resolve("kernels");
            }
            default -> throw new IllegalArgumentException("unknown install mode " + mode
                    + " (use --user, --sys-prefix or --prefix DIR)");
        }
    }

    static List<String> argv(String classpath, Path archiveOrNull) {
        List<String> argv = new ArrayList<>(List.of(java()));
        // An archive made by another JDK is ignored quietly (-Xshare:auto is the default), not an error.
        if (archiveOrNull != null) argv.addAll(List.of("-XX:SharedArchiveFile=" + archiveOrNull, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        // Headless: images render to PNG in kernels started without a display. The opening: see Javadocs.
        argv.addAll(List.of("-Djava.awt.headless=true", Javadocs.OPENS, "-cp", classpath, KernelMain.class.getName(), "{connection_file}"));
        return argv;
    }

    static void writeSpec(Path dir, List<String> argv) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("env", Map.of());
        spec.put("metadata", Map.of("debugger", false));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("kernel.json"),
                    new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n",
                    StandardCharsets.UTF_8);
            Files.write(dir.resolve("logo-64x64.png"), KernelLogo.png(64));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write kernelspec to " + dir, e);
        }
    }

    /** The jar this class was loaded from, or the JVM's classpath when running from class folders. */
    static String ownClasspath() {
        try {
            Path location = Path.of(KernelInstaller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location.toAbsolutePath().toString();
            }
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            // fall through to the JVM's classpath
        }
        String cp = System.getProperty("java.class.path");
        if (cp == null || cp.isBlank()) {
            throw new IllegalStateException("not running from a jar: pass the kernel's classpath explicitly");
        }
        List<String> absolute = List.of(cp.split(File.pathSeparator)).stream()
                .map(p -> Path.of(p).toAbsolutePath().toString()).toList();
        return String.join(File.pathSeparator, absolute);
    }

    static Path userDataDir() {
        String explicit = System.getenv("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        if (isWindows()) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("jupyter");
    }

    /**
     * {@code sys.prefix} of the Python that runs {@code jupyter}: its shebang names the interpreter,
     * which matters where several Pythons are installed and only one has Jupyter.
     */
    static Path sysPrefix() {
        String python = findOnPath("jupyter").flatMap(KernelInstaller::shebangInterpreter).orElse("python3");
        try {
            Process p = new ProcessBuilder(python, "-c", "import sys; print(sys.prefix)").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0 || out.isEmpty()) {
                throw new IllegalStateException(python + " could not report sys.prefix: " + out);
            }
            return Path.of(out);
        } catch (IOException e) {
            throw new IllegalStateException("no Python found to locate sys.prefix (" + python + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> shebangInterpreter(Path script) {
        try {
            String first = Files.readAllLines(script, StandardCharsets.ISO_8859_1).stream().findFirst().orElse("");
            if (first.startsWith("#!") && first.contains("python")) {
                String[] parts = first.substring(2).trim().split("\\s+");
                return Optional.of(parts[0].endsWith("env") && parts.length > 1 ? parts[1] : parts[0]);
            }
        } catch (IOException | UncheckedIOException e) {
            // binary launcher (pip on Windows): fall back to python3
        }
        return Optional.empty();
    }

    static Optional<Path> findOnPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : isWindows() ? List.of(command + ".exe", command + ".cmd") : List.of(command)) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
