package dev.civkit.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.civkit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Receives the orchestrator's webhook events on this machine (loopback only), drops repeats
 * (same workflow, status and timestamp: delivery is at-least-once) and lets {@code await()}
 * finish the moment a workflow's terminal event arrives instead of polling. Pass {@link #url()}
 * to {@code callback(url, "workflow:*")}. The real orchestrator calls HTTPS URLs only, so this
 * receiver serves the sandbox (or a tunnel you put in front of it).
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final Set<WebhookReceiver> LIVE = ConcurrentHashMap.newKeySet();
    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "expired", "canceled");
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final HttpServer server;
    private final String url;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<JsonNode> events = new ArrayList<>();
    private final Map<String, CompletableFuture<String>> terminal = new ConcurrentHashMap<>();
    private final AtomicInteger duplicates = new AtomicInteger();

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a webhook receiver on loopback: " + e.getMessage(), e);
        }
        // An unguessable path: other local programs cannot feed it fake events by accident.
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        String path = "/civkit-hooks/" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        server.createContext(path, this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "civkit-webhooks");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        LIVE.add(this);
    }

    public static WebhookReceiver start() {
        return new WebhookReceiver();
    }

    public String url() {
        return url;
    }

    /** The receiver one of these callbacks points at, if any is running in this JVM and hears workflow events. */
    public static WebhookReceiver serving(JsonNode callbacks) {
        if (callbacks == null || !callbacks.isArray()) return null;
        for (JsonNode cb : callbacks) {
            String u = cb.path("url").asString("");
            boolean workflowEvents = !cb.path("type").isArray() || cb.path("type").isEmpty();
            for (JsonNode t : cb.path("type")) workflowEvents |= t.asString("").startsWith("workflow:");
            if (!workflowEvents) continue;
            for (WebhookReceiver r : LIVE) if (r.url.equals(u)) return r;
        }
        return null;
    }

    /** Completes with the terminal status when the workflow's terminal event arrives. */
    public CompletableFuture<String> terminal(String workflowId) {
        return terminal.computeIfAbsent(workflowId, k -> new CompletableFuture<>());
    }

    /** Distinct events received so far, in arrival order. */
    public synchronized List<JsonNode> events() {
        return List.copyOf(events);
    }

    public List<JsonNode> events(String workflowId) {
        return events().stream().filter(e -> workflowId.equals(e.path("workflowId").asString(""))).toList();
    }

    /** Repeated deliveries dropped. */
    public int duplicates() {
        return duplicates.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equalsIgnoreCase(ex.getRequestMethod())) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            JsonNode e;
            try (InputStream in = ex.getRequestBody()) {
                byte[] body = in.readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) throw new IllegalArgumentException("too large");
                e = Json.parse(body);
            } catch (RuntimeException bad) {
                ex.sendResponseHeaders(400, -1);
                return;
            }
            String id = e.path("workflowId").asString("");
            String status = e.path("status").asString("");
            if (id.isEmpty() || status.isEmpty()) {
                ex.sendResponseHeaders(400, -1);
                return;
            }
            String scope = e.path("$type").asString("workflow");
            String key = String.join("\u0000", scope, id, status, e.path("timestamp").asString(""),
                    e.path("name").asString(e.path("stepName").asString("")), e.path("jobId").asString(""));
            if (seen.add(key)) {
                synchronized (this) {
                    events.add(e);
                }
                if (scope.equals("workflow") && TERMINAL.contains(status)) terminal(id).complete(status);
            } else {
                duplicates.incrementAndGet();
            }
            ex.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        LIVE.remove(this);
        server.stop(0);
    }

    @Override
    public String toString() {
        return "WebhookReceiver[" + url + ", " + events().size() + " events]";
    }
}
