package dev.civkit.bench;

import dev.civkit.kernel.KernelInstaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The notebook side: the civkit kernel's time to its first result (a one-cell notebook) and a
 * headless run of the quick-start notebook, both through Jupyter's own nbconvert.
 */
final class KernelTiming {
    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");

    private KernelTiming() {}

    static List<Result> run(Path project, Path jar) throws Exception {
        if (!Files.isExecutable(JUPYTER))
            return List.of(new Result("Kernel", "not measured: no " + JUPYTER, "(reported)", true,
                    "apt-get install jupyter-nbconvert python3-nbclient jupyter-client"));
        Path work = Files.createTempDirectory("civkit-bench-kernel");
        KernelInstaller.install("--prefix", work, jar.toString(), true);
        Path tiny = work.resolve("first-result.ipynb");
        Files.writeString(tiny, """
                {"cells":[{"cell_type":"code","execution_count":null,"metadata":{},"outputs":[],"source":["1 + 1"]}],
                 "metadata":{"kernelspec":{"name":"civkit","display_name":"Java (civkit)","language":"java"}},
                 "nbformat":4,"nbformat_minor":5}""");
        double first = nbconvert(work, tiny);
        Path quick = work.resolve("01-quickstart.ipynb");
        Files.copy(project.resolve("notebooks/01-quickstart.ipynb"), quick);
        double whole = nbconvert(work, quick);
        return List.of(
                new Result("Kernel: first result", String.format("%.1f s", first), "(reported)", true,
                        "nbconvert --execute of a one-cell notebook, Jupyter start included"),
                new Result("Kernel: 01-quickstart.ipynb headless", String.format("%.1f s", whole), "(reported)", true,
                        "nbconvert --execute on the sandbox"));
    }

    private static double nbconvert(Path work, Path notebook) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--output", notebook.getFileName() + ".out.ipynb", notebook.toString())
                .directory(notebook.getParent().toFile()).redirectErrorStream(true);
        pb.environment().put("JUPYTER_PATH", work.resolve("share/jupyter").toString());
        pb.environment().put("JUPYTER_DATA_DIR", work.resolve("data").toString());
        // The notebooks' workflows are the bench's, not the person's: their journal stays in the bench's folder.
        pb.environment().put("CIVKIT_JOURNAL", work.resolve("journal.jsonl").toString());
        pb.environment().put("CIVKIT_SANDBOX_STATE", work.resolve("sandbox").toString());
        pb.environment().remove("CIVITAI_API_TOKEN");
        pb.environment().remove("CIVITAI_BASE_URL");
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0)
            throw new IllegalStateException("nbconvert failed on " + notebook + ":\n" + out);
        return (System.nanoTime() - t0) / 1e9;
    }
}
