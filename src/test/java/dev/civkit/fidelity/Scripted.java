package dev.civkit.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 whose answers a test writes byte by byte, so it can
 * do what no well-behaved server does: trickle, stall, lie about lengths, cut connections. Each
 * request line ("GET /path?query") and its headers are recorded.
 */
final class Scripted implements AutoCloseable {
    /** What to do with one request: write the answer (or not) to the socket. */
    interface Answer {
        void write(Request req, OutputStream out, Socket socket) throws Exception;
    }

    record Request(String method, String target, Map<String, String> headers) {
        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        boolean held() {
            return target.contains("wait=") && !target.contains("wait=0");
        }
    }

    final List<Request> seen = Collections.synchronizedList(new ArrayList<>());
    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<Request, Answer> route;

    Scripted(Function<Request, Answer> route) throws IOException {
        this.route = route;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::accept);
    }

    String base() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** The same server reached by another host name: another origin, as a CDN is. */
    String otherOrigin() {
        return "http://localhost:" + server.getLocalPort();
    }

    void route(Function<Request, Answer> r) {
        route = r;
    }

    long count(String pathPart) {
        synchronized (seen) {
            return seen.stream().filter(r -> r.target().contains(pathPart)).count();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                open.add(s);
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (true) {
                String line = readLine(in);
                if (line == null || line.isEmpty()) return;
                String[] parts = line.split(" ");
                Map<String, String> headers = new ConcurrentHashMap<>();
                for (String h; (h = readLine(in)) != null && !h.isEmpty(); ) {
                    int c = h.indexOf(':');
                    if (c > 0) headers.put(h.substring(0, c).strip().toLowerCase(), h.substring(c + 1).strip());
                }
                long len = Long.parseLong(headers.getOrDefault("content-length", "0"));
                in.readNBytes((int) len);
                Request req = new Request(parts[0], parts[1], headers);
                seen.add(req);
                route.apply(req).write(req, out, s);
                out.flush();
                if (s.isClosed() || s.isOutputShutdown()) return;
            }
        } catch (Exception e) {
            // the test decided how this connection ends
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') return sb.toString().strip();
            sb.append((char) c);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    // Answers tests compose.

    static Answer status(int code, String contentType, byte[] body, String... extraHeaders) {
        return (req, out, s) -> {
            StringBuilder h = new StringBuilder("HTTP/1.1 " + code + " X\r\n");
            if (contentType != null) h.append("Content-Type: ").append(contentType).append("\r\n");
            for (String e : extraHeaders) h.append(e).append("\r\n");
            h.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
        };
    }

    static Answer json(int code, String body, String... extraHeaders) {
        return status(code, "application/json", body.getBytes(StandardCharsets.UTF_8), extraHeaders);
    }

    static Answer redirect(int code, String location) {
        return status(code, "text/html", "<html><body>moved</body></html>".getBytes(StandardCharsets.UTF_8), "Location: " + location);
    }

    /** Headers promising {@code declared} bytes, then {@code body} one byte every {@code everyMs}, forever if asked. */
    static Answer trickle(String contentType, byte[] body, long declared, long everyMs) {
        return (req, out, s) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int i = 0; ; i++) {
                out.write(body[i % body.length]);
                out.flush();
                Thread.sleep(everyMs);
            }
        };
    }

    /** Headers and the first {@code sent} bytes of a longer body, then silence with the connection open. */
    static Answer stall(String contentType, byte[] body, int sent) {
        return (req, out, s) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, sent);
            out.flush();
            Thread.sleep(600_000);
        };
    }

    /** Never answers; the connection stays open. */
    static Answer silence() {
        return (req, out, s) -> Thread.sleep(600_000);
    }

    /** Closes the connection without a word, as a gateway that drops a held request. */
    static Answer hangUp() {
        return (req, out, s) -> s.close();
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (open) {
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
        pool.shutdownNow();
    }
}
