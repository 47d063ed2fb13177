package dev.civkit.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts Jupyter Notebook in a folder with civkit's kernel available, installing the kernel first if needed. */
final class NotebookLauncher {

    static final String HOW_TO_GET_JUPYTER = String.join("\n",
            "Jupyter was not found on PATH. Install it with one of:",
            "  pip install notebook",
            "  conda install -c conda-forge notebook",
            "  sudo apt-get install jupyter-notebook      (Debian/Ubuntu)",
            "then run this command again.");

    private NotebookLauncher() {
    }

    /** Returns Jupyter's exit code, or 2 when Jupyter is not installed. */
    public static int launch(Path notebooksDir) {
        return launch(notebooksDir, List.of());
    }

    /**
     * Jupyter's command line: {@code --port N} and {@code --no-browser} as Jupyter spells them, every
     * other argument passed through as given, and {@code --allow-root} added when running as root
     * (Jupyter refuses root otherwise), said on {@code notes}.
     */
    public static List<String> command(String jupyter, Path notebooksDir, List<String> args, boolean root,
                                                 PrintStream notes) {
        List<String> cmd = new ArrayList<>(List.of(jupyter, "notebook", "--notebook-dir=" + notebooksDir.toAbsolutePath()));
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--port")) {
                if (i + 1 >= args.size() || !args.get(i + 1).matches("\\d{1,5}"))
                    throw new IllegalArgumentException("--port needs a port number, e.g. --port 8899");
                cmd.add("--port=" + args.get(++i));
            } else {
                cmd.add(a);
            }
        }
        if (root && cmd.stream().noneMatch(c -> c.startsWith("--allow-root"))) {
            cmd.add("--allow-root");
            notes.println("running as root: starting Jupyter with --allow-root");
        }
        return cmd;
    }

    /** Same, with extra arguments for Jupyter (see {@link #command}). */
    public static int launch(Path notebooksDir, List<String> args) {
        Optional<Path> jupyter = KernelInstaller.findOnPath("jupyter");
        if (jupyter.isEmpty()) {
            System.err.println(HOW_TO_GET_JUPYTER);
            return 2;
        }
        Path spec = KernelInstaller.kernelsDir("--user", null).resolve(KernelInstaller.KERNEL_NAME);
        if (!pointsAtThisKernel(spec)) {
            Path installed = KernelInstaller.install("--user", null, null, true);
            System.out.println("Installed the civkit kernel in " + installed);
        }
        try {
            Files.createDirectories(notebooksDir);
            boolean root = "root".equals(System.getProperty("user.name"));
            Process p = new ProcessBuilder(command(jupyter.get().toString(), notebooksDir, args, root, System.out))
                    .inheritIO()
                    .start();
            return p.waitFor();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("could not start Jupyter: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** An existing kernelspec is reused only if it launches the jar we are running from. */
    private static boolean pointsAtThisKernel(Path specDir) {
        try {
            Path json = specDir.resolve("kernel.json");
            return Files.exists(json) && Files.readString(json).contains(
                    KernelInstaller.ownClasspath().replace("\\", "\\\\"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
