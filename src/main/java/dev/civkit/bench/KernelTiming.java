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
        // The same kernel without its class-data archive, for the lever's share of the start.
        Path plain = Files.createTempDirectory("civkit-bench-kernel-plain");
        KernelInstaller.install("--prefix", plain, jar.toString(), false);
        Path tinyPlain = plain.resolve("first-result.ipynb");
        Files.copy(tiny, tinyPlain);
        double firstPlain = nbconvert(plain, tinyPlain);
        double interruptMs = interruptMedianMs(work, 5);
        Path quick = work.resolve("01-quickstart.ipynb");
        Files.copy(project.resolve("notebooks/01-quickstart.ipynb"), quick);
        double whole = nbconvert(work, quick);
        return List.of(
                new Result("Kernel: first result", String.format("%.1f s (without class data %.1f s = %.2fx)", first, firstPlain, first / firstPlain),
                        "(reported)", true, "nbconvert --execute of a one-cell notebook, Jupyter start included; stock JJava is not installable here"),
                new Result("Kernel: busy-loop interrupt to reply", String.format("median %.0f ms", interruptMs), "<= 100 ms", interruptMs <= 100,
                        "jupyter_client: while (true) { } then interrupt_request, 5 times"),
                new Result("Kernel: 01-quickstart.ipynb headless", String.format("%.1f s", whole), "(reported)", true,
                        "nbconvert --execute on the sandbox"));
    }

    /** Median time from an interrupt to the execute_reply of a busy loop, through jupyter_client. */
    private static double interruptMedianMs(Path work, int rounds) throws Exception {
        String script = String.join("\n",
                "import os, sys, time, statistics",
                "from jupyter_client.manager import KernelManager",
                "km = KernelManager(kernel_name='civkit'); km.start_kernel()",
                "kc = km.client(); kc.start_channels(); kc.wait_for_ready(timeout=120)",
                "lat = []",
                "for i in range(int(sys.argv[1])):",
                "    mid = kc.execute('while (true) { }')",
                "    time.sleep(1.0)",
                "    t0 = time.monotonic(); km.interrupt_kernel()",
                "    while kc.get_shell_msg(timeout=60)['parent_header'].get('msg_id') != mid: pass",
                "    lat.append((time.monotonic() - t0) * 1000)",
                "kc.stop_channels(); km.shutdown_kernel(now=True)",
                "print('median_ms=%.1f' % statistics.median(lat), flush=True)",
                "os._exit(0)"); // skips jupyter_client's noisy destructors at interpreter exit
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", "-c", script, Integer.toString(rounds)).redirectErrorStream(true);
        pb.environment().put("JUPYTER_PATH", work.resolve("share/jupyter").toString());
        pb.environment().put("JUPYTER_DATA_DIR", work.resolve("data").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0)
            throw new IllegalStateException("the interrupt measure failed:\n" + out);
        for (String line : out.split("\n"))
            if (line.startsWith("median_ms=")) return Double.parseDouble(line.substring("median_ms=".length()).strip());
        throw new IllegalStateException("the interrupt measure printed no median:\n" + out);
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
