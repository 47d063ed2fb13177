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
        if (args.length != 1) {
            System.err.println("usage: civkit kernel <connection_file>");
            System.exit(2);
        }
        run(Path.of(args[0]), new CivkitKernel(KernelConfig.fromEnv(System.getenv())));
        // Cell code may leave non-daemon threads behind; the kernel's life ends with its connection.
        System.exit(0);
    }

    /** Serves {@code kernel} on the connection described by {@code connectionFile} until shutdown. */
    public static void run(Path connectionFile, CivkitKernel kernel) throws Exception {
        KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(connectionFile));
        JupyterConnection connection = new JupyterConnection(props);
        kernel.onStartup();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }
}
