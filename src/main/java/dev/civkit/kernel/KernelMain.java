package dev.civkit.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/** Kernel process entry point: {@code KernelMain <connection_file>}, as written by Jupyter. */
public final class KernelMain {

    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(TRAIN)) {
            train();
            System.exit(0);
        }
        if (args.length != 1) {
            System.err.println("usage: civkit kernel <connection_file>");
            System.exit(2);
        }
        run(Path.of(args[0]), new CivkitKernel(KernelConfig.fromEnv(System.getenv())));
        // Cell code may leave non-daemon threads behind; the kernel's life ends with its connection.
        System.exit(0);
    }

    /** The argument that runs {@link #train()} instead of serving a connection. */
    static final String TRAIN = "--train-class-data";

    /**
     * Starts a kernel and runs what a first cell runs, with no connection: run under
     * {@code -XX:ArchiveClassesAtExit} at {@code kernel install}, it leaves a class-data archive that
     * every later kernel start maps instead of loading and verifying those classes again.
     */
    static void train() {
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            CivkitKernel kernel = new CivkitKernel(KernelConfig.fromEnv(System.getenv()));
            kernel.onStartup();
            kernel.evalRaw("1 + 1");
            kernel.evalRaw("workflow().imageGen(i -> i.engine(\"flux\").prompt(\"class data\").size(64, 64)).toJson()");
            kernel.render(java.util.List.of(1, 2));
            kernel.complete("Strin", 5);
            kernel.onShutdown(false);
        } finally {
            System.setOut(out);
        }
    }

    /** Serves {@code kernel} on the connection described by {@code connectionFile} until shutdown. */
    public static void run(Path connectionFile, org.dflib.jjava.jupyter.kernel.BaseKernel kernel) throws Exception {
        KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(connectionFile));
        JupyterConnection connection = new JupyterConnection(props);
        kernel.onStartup();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }
}
