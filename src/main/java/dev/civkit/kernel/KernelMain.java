package dev.civkit.kernel;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.CompleteRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.zeromq.ZMQ;

/** Kernel process entry point: {@code KernelMain <connection_file>}, as written by Jupyter. */
final class KernelMain {

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
     * Starts a kernel as {@link #run} does and drives it as a front end would, over a real connection
     * from a client in this JVM, through what a first cell runs: run under
     * {@code -XX:ArchiveClassesAtExit} at {@code kernel install}, it leaves a class-data archive that
     * every later kernel start maps instead of loading and verifying those classes again.
     */
    static void train() throws Exception {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            CivkitKernel kernel = new CivkitKernel(KernelConfig.fromEnv(System.getenv()));
            KernelConnectionProperties props = TrainingClient.connectionProperties();
            kernel.startInBackground();
            JupyterConnection connection = new JupyterConnection(props);
            PromptChannel.installIn(connection, props);
            kernel.becomeHandlerForConnection(connection);
            connection.connect();
            ZMQ.Context context = ZMQ.context(1);
            try (TrainingClient client = TrainingClient.connectedTo(context, props)) {
                client.request(MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());
                for (String cell : List.of("1 + 1", "workflow().imageGen(i -> i.engine(\"flux\").prompt(\"class data\").size(64, 64)).toJson()", "List.of(1, 2)"))
                    client.request(MessageType.EXECUTE_REQUEST, new ExecuteRequest(cell, false, true, Map.of(), false, true));
                client.request(MessageType.COMPLETE_REQUEST, new CompleteRequest("Strin", 5));
            } finally {
                kernel.onShutdown(false);
                connection.close();
                context.term();
            }
        } finally {
            System.setOut(out);
        }
    }

    /** Serves {@code kernel} on the connection described by {@code connectionFile} until shutdown. */
    public static void run(Path connectionFile, CivkitKernel kernel) throws Exception {
        KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(connectionFile));
        JupyterConnection connection = new JupyterConnection(props);
        PromptChannel shell = PromptChannel.installIn(connection, props);
        if (shell != null) kernel.whenQuiet(shell::whenQuiet);
        kernel.startInBackground(); // while the sockets open and the front end's first requests arrive
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }
}
