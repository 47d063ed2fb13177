package dev.civkit.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Starts Jupyter Notebook in a folder with civkit's kernel available, installing the kernel first if needed. */
public final class NotebookLauncher {

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
            Process p = new ProcessBuilder(jupyter.get().toString(), "notebook",
                    "--notebook-dir=" + notebooksDir.toAbsolutePath())
                    .inheritIO()
                    .start();
            return p.waitFor();
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
