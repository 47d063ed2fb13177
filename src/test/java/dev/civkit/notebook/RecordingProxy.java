package dev.civkit.notebook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP proxy in front of an orchestrator that passes every request on unchanged and keeps
 * each workflow submission it saw: what the notebooks sent, as the service received it.
 */
final class RecordingProxy implements AutoCloseable {
    /** One {@code POST /v2/consumer/workflows} (whatif or not) and the service's answer. */
    record Submission(String query, String requestBody, int status, String responseBody) {
        boolean isWhatif() {
            return query != null && query.contains("whatif=true");
        }
    }

    // The JDK's client refuses to set these itself; the rest are hop-by-hop. Accept-Encoding goes so
    // answers come back readable for the log (the kit asks for gzip and handles either).
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "accept-encoding");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String target;
    private final List<Submission> submissions = new ArrayList<>();

    private RecordingProxy(String target) throws IOException {
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    static RecordingProxy to(String target) throws IOException {
        return new RecordingProxy(target);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    private void forward(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI uri = ex.getRequestURI();
            HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(target + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
            ex.getRequestHeaders().forEach((name, values) -> {
                if (NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) return;
                for (String v : values) out.header(name, v);
            });
            out.method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            if (ex.getRequestMethod().equals("POST") && uri.getRawPath().equals("/v2/consumer/workflows")) {
                synchronized (this) {
                    submissions.add(new Submission(uri.getRawQuery(), new String(body, StandardCharsets.UTF_8),
                            answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8)));
                }
            }
            answer.headers().map().forEach((name, values) -> {
                String n = name.toLowerCase(Locale.ROOT);
                if (n.equals("content-length") || n.equals("transfer-encoding") || n.equals("connection") || n.startsWith(":")) return;
                ex.getResponseHeaders().put(name, values);
            });
            byte[] bytes = answer.body();
            boolean noBody = bytes.length == 0 || ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(answer.statusCode(), noBody ? -1 : bytes.length);
            if (!noBody) {
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
