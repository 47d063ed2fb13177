package dev.civkit.kernel;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * A front end's shell socket inside the kernel's own JVM, for {@link KernelMain#train()}: requests
 * sent and answered over a real connection load the socket, message and signature classes a kernel
 * start needs, so they go into the class-data archive with the rest. Built from jjava-jupyter's
 * socket, so both ends sign and read messages with the same code.
 */
final class TrainingClient extends JupyterSocket {
    private static final int TIMEOUT_MS = 60_000;
    private final ZMQ.Poller poller;
    private final String session = UUID.randomUUID().toString();

    private TrainingClient(ZMQ.Context context, KernelConnectionProperties props) throws Exception {
        super(context, SocketType.DEALER, props.createHMACGenerator(), LoggerFactory.getLogger(TrainingClient.class));
        poller = context.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
    }

    /** A connection on free loopback ports, signed with a key made for this run. */
    static KernelConnectionProperties connectionProperties() throws IOException {
        int[] ports = new int[5];
        for (int i = 0; i < ports.length; i++) {
            try (ServerSocket s = new ServerSocket(0)) {
                ports[i] = s.getLocalPort();
            }
        }
        return new KernelConnectionProperties("127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], "tcp", "hmac-sha256", UUID.randomUUID().toString());
    }

    static TrainingClient connectedTo(ZMQ.Context context, KernelConnectionProperties props) throws Exception {
        TrainingClient c = new TrainingClient(context, props);
        c.bind(props);
        return c;
    }

    /** Connects, as a front end does, to the kernel's shell port. */
    @Override
    public void bind(KernelConnectionProperties props) {
        connect(formatAddress(props.getTransport(), props.getIp(), props.getShellPort()));
    }

    /** Sends {@code content} and returns the kernel's reply. */
    <T> Message<?> request(MessageType<T> type, T content) {
        sendMessage(new Message<>(new Header<>(session, type), content));
        if (poller.poll(TIMEOUT_MS) <= 0) throw new IllegalStateException("no reply to " + type + " within " + TIMEOUT_MS + " ms");
        return readMessage();
    }
}
