package dev.civkit.kernel;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.jupyter.kernel.util.PathsHandler;

/** The IJava magics notebook users reach for first: classpath additions, script loading and timing. */
final class CivkitMagics {

    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");

    private CivkitMagics() {
    }

    static void register(CivkitKernel kernel) {
        LineMagic<Object, CivkitKernel> classpath = (k, args) -> {
            addToClasspath(k, args);
            return null;
        };
        LineMagic<Object, CivkitKernel> load = CivkitMagics::load;
        CellMagic<Object, CivkitKernel> time = CivkitMagics::time;
        kernel.getMagicsRegistry()
                .registerLineMagic("classpath", classpath)
                .registerLineMagic("jars", classpath)
                .registerLineMagic("load", load)
                .registerLineMagic("lsmagic", (k, args) -> {
                    System.out.println(known(kernel));
                    return null;
                })
                .registerCellMagic("time", time);
    }

    /** The magics this kernel knows, as one line. */
    static String known(CivkitKernel kernel) {
        var reg = kernel.getMagicsRegistry();
        return "line magics: " + reg.getLineMagicNames().stream().sorted().map(n -> "%" + n).collect(Collectors.joining(" "))
                + "; cell magics: " + reg.getCellMagicNames().stream().sorted().map(n -> "%%" + n).collect(Collectors.joining(" "));
    }

    /** Splits a magic's argument line into words; quotes group words containing spaces. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static void addToClasspath(CivkitKernel kernel, List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("usage: %classpath <path or glob>...");
        }
        for (String arg : args) {
            List<Path> paths = PathsHandler.splitAndResolveGlobs(arg);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("nothing matches " + arg);
            }
            List<String> absolute = paths.stream().map(p -> p.toAbsolutePath().toString()).toList();
            kernel.addClasspath(String.join(File.pathSeparator, absolute));
        }
    }

    private static Object load(CivkitKernel kernel, List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("usage: %load <file.jsh>...");
        }
        Object last = null;
        for (String arg : args) {
            Path file = Path.of(arg);
            if (!Files.exists(file) && Files.exists(Path.of(arg + ".jsh"))) {
                file = Path.of(arg + ".jsh");
            }
            last = kernel.runCell(Files.readString(file));
        }
        return last;
    }

    /** Wall time and the CPU time this JVM spent meanwhile (the cell's work, plus whatever else ran: GC, I/O threads). */
    private static Object time(CivkitKernel kernel, List<String> args, String body) {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        try {
            return kernel.runCell(body);
        } finally {
            double ms = (System.nanoTime() - start) / 1e6;
            long cpuEnd = processCpuNanos();
            String cpu = cpuStart < 0 || cpuEnd < 0 ? "n/a" : String.format("%.1f ms", (cpuEnd - cpuStart) / 1e6);
            System.out.printf("CPU time: %s, Wall time: %.1f ms%n", cpu, ms);
        }
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
