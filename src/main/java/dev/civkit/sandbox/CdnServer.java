package dev.civkit.sandbox;

import static dev.civkit.sandbox.Http.*;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live profile's blob host: another authority than the API (the name {@code localhost} where
 * the API answers as 127.0.0.1, and its own port), serving {@code /v2/consumer/blobs/{id}?sig=…&exp=…}
 * to anyone holding a valid signature. It wants no token; a request that brings one anyway is
 * counted, since a client should not hand its API token to a storage host.
 */
final class CdnServer implements AutoCloseable {
    private final HttpServer server;
    private final BlobStore blobs;
    private final BlobSigner signer;
    private final Faults faults;
    final String base;
    final AtomicLong requests = new AtomicLong();
    final AtomicLong withAuthorization = new AtomicLong();

    CdnServer(String bindAddress, BlobStore blobs, BlobSigner signer, ExecutorService threads, Faults faults) {
        this.blobs = blobs;
        this.faults = faults;
        this.signer = signer;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bindAddress), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox's blob host could not bind " + bindAddress, e);
        }
        String host = server.getAddress().getAddress().isLoopbackAddress() || server.getAddress().getAddress().isAnyLocalAddress()
                ? "localhost" : server.getAddress().getHostString();
        base = "http://" + host + ":" + server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    private void handle(HttpExchange ex) {
        requests.incrementAndGet();
        try {
            if (ex.getRequestHeaders().containsKey("Authorization")) withAuthorization.incrementAndGet();
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            if (!(method.equals("GET") || method.equals("HEAD")) || !path.startsWith(BlobLinks.CDN_PATH)) {
                plain(ex, 404, "Not Found");
                return;
            }
            String id = decode(path.substring(BlobLinks.CDN_PATH.length()));
            BlobSigner.Verified v = signer.verify(query(ex).getOrDefault("sig", ""), Instant.now());
            if (v == null || !v.blobId().equals(id) || blobs.entry(id) == null) {
                plain(ex, 403, "AccessDenied: the signature is invalid or has expired");
                return;
            }
            BlobStore.Entry entry = blobs.entry(id);
            byte[] bytes = blobs.bytes(id);
            ex.getResponseHeaders().set("Content-Type", entry.contentType());
            ex.getResponseHeaders().set("Cache-Control", "private, max-age=" + Math.max(0, Duration.between(Instant.now(), v.expiresAt()).toSeconds()));
            if (method.equals("HEAD")) {
                ex.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
                ex.sendResponseHeaders(200, -1);
            } else {
                Http.sendContent(ex, bytes, faults);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or asked for something malformed: nothing more to say
        } finally {
            ex.close();
        }
    }

    /** Storage hosts answer errors in their own words, not as ProblemDetails. */
    private static void plain(HttpExchange ex, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (var out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
