package dev.civkit.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A minimal Jupyter client speaking messaging protocol 5.3 over ZMQ, written independently of the
 * kernel library so the tests check the wire format rather than JJava's own view of it.
 */
public final class JupyterTestClient implements AutoCloseable {

    private static final String DELIMITER = "<IDS|MSG>";
    static final Gson GSON = new Gson();

    /** A received message; {@code arrivedAt} lets tests check output is streamed while a cell runs. */
    public record Msg(String type, JsonObject header, JsonObject parent, JsonObject content, long arrivedAt, List<byte[]> buffers, JsonObject metadata) {
        public String parentId() {
            return parent.has("msg_id") ? parent.get("msg_id").getAsString() : "";
        }
    }

    private final String key;
    private final String session = UUID.randomUUID().toString();
    private final int[] ports;
    private final ZContext ctx = new ZContext();
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket iopub;
    private final ZMQ.Socket heartbeat;
    private final List<Msg> iopubBacklog = new ArrayList<>();
    private final List<Msg> shellBacklog = new ArrayList<>();

    public JupyterTestClient() throws IOException {
        this(UUID.randomUUID().toString(), freePorts());
    }

    private static int[] freePorts() throws IOException {
        int[] ports = new int[5];
        for (int i = 0; i < ports.length; i++) {
            try (ServerSocket s = new ServerSocket(0)) {
                ports[i] = s.getLocalPort();
            }
        }
        return ports;
    }

    /** A second front end on the same kernel (another browser tab): same ports and key, its own session. */
    public JupyterTestClient secondFrontEnd() {
        return new JupyterTestClient(key, ports);
    }

    private JupyterTestClient(String key, int[] ports) {
        this.key = key;
        this.ports = ports;
        shell = dealer(ports[0]);
        control = dealer(ports[1]);
        stdin = dealer(ports[2]);
        iopub = ctx.createSocket(SocketType.SUB);
        iopub.subscribe(new byte[0]);
        iopub.connect(url(ports[3]));
        heartbeat = ctx.createSocket(SocketType.REQ);
        heartbeat.connect(url(ports[4]));
    }

    private ZMQ.Socket dealer(int port) {
        ZMQ.Socket s = ctx.createSocket(SocketType.DEALER);
        s.setIdentity(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        s.connect(url(port));
        return s;
    }

    private static String url(int port) {
        return "tcp://127.0.0.1:" + port;
    }

    public Path writeConnectionFile(Path dir) throws IOException {
        JsonObject c = new JsonObject();
        c.addProperty("transport", "tcp");
        c.addProperty("ip", "127.0.0.1");
        c.addProperty("shell_port", ports[0]);
        c.addProperty("control_port", ports[1]);
        c.addProperty("stdin_port", ports[2]);
        c.addProperty("iopub_port", ports[3]);
        c.addProperty("hb_port", ports[4]);
        c.addProperty("signature_scheme", "hmac-sha256");
        c.addProperty("key", key);
        c.addProperty("kernel_name", "civkit");
        Path file = dir.resolve("kernel-test.json");
        Files.writeString(file, GSON.toJson(c));
        return file;
    }

    /**
     * Serves {@code kernel} on this client's connection from a daemon thread of this JVM and waits
     * until it answers; whatever ends the kernel abnormally is left in {@code failure[0]}.
     */
    public Thread startInProcess(Path connectionDir, dev.civkit.kernel.CivkitKernel kernel, Throwable[] failure, long timeoutMs) throws IOException {
        Path connection = writeConnectionFile(connectionDir);
        Thread t = new Thread(() -> {
            try {
                dev.civkit.kernel.KernelMain.run(connection, kernel);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "kernel-under-test");
        t.setDaemon(true);
        t.start();
        awaitReady(timeoutMs);
        return t;
    }

    private Thread kernelThread;

    /**
     * A civkit kernel on this JVM's session, serving a new client from a daemon thread, its outputs
     * in a temp folder named after {@code name}: where most kernel tests start. The session starts
     * first so its sandbox keeps off the ports the client reserves.
     */
    public static JupyterTestClient civkitKernel(String name, long timeoutMs) throws IOException {
        Path tmp = Files.createTempDirectory(name);
        dev.civkit.Civkit.session();
        JupyterTestClient client = new JupyterTestClient();
        CivkitKernel kernel = new CivkitKernel(new KernelConfig(null, null, null, -1, List.of()));
        client.kernelThread = client.startInProcess(tmp, kernel, new Throwable[1], timeoutMs);
        String id = client.sendExecute("outputDir(\"" + tmp.resolve("outputs").toString().replace("\\", "/") + "\");");
        client.iopubUntilIdle(id, timeoutMs);
        String status = client.shellReply(id, timeoutMs).content().get("status").getAsString();
        if (!"ok".equals(status)) throw new AssertionError("the kernel did not take outputDir: " + status);
        return client;
    }

    /** Asks the kernel to shut down (no restart), waits for its thread, and closes the sockets. */
    public void shutdownKernel(long timeoutMs) throws InterruptedException {
        JsonObject c = new JsonObject();
        c.addProperty("restart", false);
        controlReply(sendControl("shutdown_request", c), timeoutMs);
        if (kernelThread != null) kernelThread.join(10_000);
        close();
    }

    /** Waits until the kernel answers and IOPub is subscribed (ZMQ drops PUB messages sent before that). */
    public void awaitReady(long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            sendShell("kernel_info_request", new JsonObject());
            Msg m = receive(iopub, 500);
            if (m != null) {
                // Drain what the probes produced so tests start from a clean slate.
                while (receive(iopub, 300) != null) {
                }
                while (receive(shell, 300) != null) {
                }
                return;
            }
        }
        throw new AssertionError("kernel did not come up within " + timeoutMs + " ms");
    }

    public String sendShell(String type, JsonObject content) {
        return send(shell, type, content);
    }

    /** An execute_request as a notebook sends it for a cell; answers the message id. */
    public String sendExecute(String code) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", false);
        c.addProperty("stop_on_error", true);
        return sendShell("execute_request", c);
    }

    public String sendControl(String type, JsonObject content) {
        return send(control, type, content);
    }

    private String send(ZMQ.Socket socket, String type, JsonObject content) {
        String id = UUID.randomUUID().toString();
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", id);
        header.addProperty("session", session);
        header.addProperty("username", "test");
        header.addProperty("date", Instant.now().toString());
        header.addProperty("msg_type", type);
        header.addProperty("version", "5.3");
        String h = GSON.toJson(header);
        String p = "{}";
        String md = "{}";
        String c = GSON.toJson(content);
        socket.sendMore(DELIMITER);
        socket.sendMore(sign(h, p, md, c));
        socket.sendMore(h);
        socket.sendMore(p);
        socket.sendMore(md);
        socket.send(c);
        return id;
    }

    /**
     * Sends frames as they are, after the delimiter, on the shell or control socket: a request signed with
     * another key, or one whose JSON is broken, as a hostile or broken front end would send it.
     */
    public void sendFrames(boolean onControl, String... frames) {
        ZMQ.Socket socket = onControl ? control : shell;
        socket.sendMore(DELIMITER);
        for (int i = 0; i < frames.length - 1; i++) socket.sendMore(frames[i]);
        socket.send(frames[frames.length - 1]);
    }

    String sign(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Msg receive(ZMQ.Socket socket, long timeoutMs) {
        socket.setReceiveTimeOut((int) Math.max(1, timeoutMs));
        byte[] frame = socket.recv();
        if (frame == null) {
            return null;
        }
        while (!DELIMITER.equals(new String(frame, StandardCharsets.UTF_8))) {
            frame = socket.recv();
        }
        String signature = socket.recvStr();
        String header = socket.recvStr();
        String parent = socket.recvStr();
        String metadata = socket.recvStr();
        String content = socket.recvStr();
        List<byte[]> buffers = new ArrayList<>();
        while (socket.hasReceiveMore()) {
            buffers.add(socket.recv());
        }
        if (!sign(header, parent, metadata, content).equals(signature)) {
            throw new AssertionError("bad HMAC signature on " + header);
        }
        JsonObject h = GSON.fromJson(header, JsonObject.class);
        return new Msg(h.get("msg_type").getAsString(), h, GSON.fromJson(parent, JsonObject.class),
                GSON.fromJson(content, JsonObject.class), System.currentTimeMillis(), buffers, GSON.fromJson(metadata, JsonObject.class));
    }

    public Msg shellReply(String requestId, long timeoutMs) {
        return awaitOn(shell, shellBacklog, m -> m.parentId().equals(requestId), timeoutMs);
    }

    public Msg controlReply(String requestId, long timeoutMs) {
        return awaitOn(control, new ArrayList<>(), m -> m.parentId().equals(requestId), timeoutMs);
    }

    /** All IOPub messages caused by {@code requestId}, up to and including its final idle status. */
    public List<Msg> iopubUntilIdle(String requestId, long timeoutMs) {
        List<Msg> out = new ArrayList<>();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            Msg m = awaitOn(iopub, iopubBacklog, x -> x.parentId().equals(requestId),
                    deadline - System.currentTimeMillis());
            out.add(m);
            if (m.type().equals("status") && m.content().get("execution_state").getAsString().equals("idle")) {
                return out;
            }
        }
    }

    /** The next IOPub message {@code wanted} picks (others stay for later waits). */
    public Msg awaitIopub(Predicate<Msg> wanted, long timeoutMs) {
        return awaitOn(iopub, iopubBacklog, wanted, timeoutMs);
    }

    /** Whether an IOPub message {@code wanted} picks arrives within {@code timeoutMs}. */
    public boolean seesIopub(Predicate<Msg> wanted, long timeoutMs) {
        try {
            awaitIopub(wanted, timeoutMs);
            return true;
        } catch (AssertionError none) {
            return false;
        }
    }

    boolean heartbeat(long timeoutMs) {
        heartbeat.send("ping");
        heartbeat.setReceiveTimeOut((int) timeoutMs);
        byte[] echo = heartbeat.recv();
        return echo != null && new String(echo, StandardCharsets.UTF_8).equals("ping");
    }

    private Msg awaitOn(ZMQ.Socket socket, List<Msg> backlog, Predicate<Msg> wanted, long timeoutMs) {
        for (int i = 0; i < backlog.size(); i++) {
            if (wanted.test(backlog.get(i))) {
                return backlog.remove(i);
            }
        }
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no matching message within " + timeoutMs + " ms");
            }
            Msg m = receive(socket, left);
            if (m == null) {
                continue;
            }
            if (wanted.test(m)) {
                return m;
            }
            backlog.add(m);
        }
    }

    @Override
    public void close() {
        ctx.close();
    }
}
