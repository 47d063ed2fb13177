package dev.civkit.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code civkit kernel ...} command line, so the main CLI only delegates:
 * {@code kernel install [--user|--sys-prefix|--prefix DIR]}, {@code kernel <connection_file>},
 * {@code notebook [DIR]} and {@code --help}. A leading {@code kernel} word is optional.
 */
public final class KernelCommand {

    static final String USAGE = String.join("\n",
            "usage:",
            "  civkit kernel install [--user | --sys-prefix | --prefix DIR]   write the 'Java (civkit)' kernelspec",
            "        [--no-class-data]                                      (without the class-data archive that speeds up kernel starts)",
            "  civkit kernel <connection_file>                               run the kernel (Jupyter does this)",
            "  civkit notebook [DIR]                                         start Jupyter Notebook with the kernel",
            "",
            "Kernel settings come from IJAVA_/JJAVA_ CLASSPATH, STARTUP_SCRIPTS_PATH, STARTUP_SCRIPT,",
            "TIMEOUT (ms, -1 none) and COMPILER_OPTS; set them in the environment or kernel.json 'env'.");

    private KernelCommand() {
    }

    /** Lets the kernel commands run straight from the jar, before or without the main CLI. */
    public static void main(String[] args) {
        System.exit(cli(args));
    }

    /** Runs the command and returns the process exit code. */
    public static int cli(String[] args) {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        if (!a.isEmpty() && a.get(0).equals("kernel")) {
            a.remove(0);
        }
        if (a.isEmpty() || List.of("--help", "-h", "help").contains(a.get(0))) {
            System.out.println(USAGE);
            return a.isEmpty() ? 2 : 0;
        }
        try {
            switch (a.get(0)) {
                case "install" -> {
                    return install(a.subList(1, a.size()));
                }
                case "notebook" -> {
                    return NotebookLauncher.launch(Path.of(a.size() > 1 ? a.get(1) : "."));
                }
                default -> {
                    Path connection = Path.of(a.get(0));
                    if (a.size() != 1 || !Files.isRegularFile(connection)) {
                        System.err.println("not a connection file: " + String.join(" ", a) + "\n" + USAGE);
                        return 2;
                    }
                    KernelMain.run(connection, new CivkitKernel(KernelConfig.fromEnv(System.getenv())));
                    return 0;
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("civkit: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("civkit: " + e);
            return 1;
        }
    }

    /** {@code civkit notebook DIR [jupyter options]}: installs the kernel if missing, then runs Jupyter Notebook in DIR. */
    public static int notebook(Path dir, List<String> jupyterArgs) {
        return NotebookLauncher.launch(dir, jupyterArgs);
    }

    /**
     * Writes the kernelspec under {@code prefix} (share/jupyter/kernels/civkit) running {@code classpath},
     * with or without the class-data archive, quietly: for the benchmark and for tests that run Jupyter.
     */
    public static Path installUnder(Path prefix, String classpath, boolean classData) {
        return KernelInstaller.install("--prefix", prefix, classpath, classData);
    }

    private static int install(List<String> opts) {
        String mode = "--user";
        Path prefix = null;
        String classpath = null;
        boolean classData = true;
        if (opts.contains("--help") || opts.contains("-h")) {
            System.out.println(USAGE);
            return 0;
        }
        for (int i = 0; i < opts.size(); i++) {
            String o = opts.get(i);
            switch (o) {
                case "--user", "--sys-prefix" -> mode = o;
                case "--prefix" -> {
                    mode = o;
                    prefix = Path.of(value(opts, ++i, o));
                }
                case "--classpath" -> classpath = value(opts, ++i, o);
                case "--no-class-data" -> classData = false;
                default -> throw new IllegalArgumentException("unknown option " + o + "\n" + USAGE);
            }
        }
        if (classData) System.out.println("Training a class-data archive for faster kernel starts (a few seconds; --no-class-data skips it)…");
        Path dir = KernelInstaller.install(mode, prefix, classpath, classData);
        boolean archived = Files.exists(dir.resolve(KernelInstaller.ARCHIVE));
        System.out.println("Installed kernelspec " + KernelInstaller.KERNEL_NAME + " in " + dir
                + (archived ? " with a class-data archive" : classData ? " (without a class-data archive: training did not finish)" : ""));
        return 0;
    }

    private static String value(List<String> opts, int i, String option) {
        if (i >= opts.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return opts.get(i);
    }
}
