package dev.civkit.endpoints;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * upload(file) streams: a JVM with a 32 MB heap uploads a 200 MB file. The server here reads and
 * counts the body without keeping it, so only the client's memory is tested.
 */
class UploadStreamingTest {
    static final long SIZE = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aFileLargerThanTheHeapIsUploaded() throws Exception {
        Path big = dir.resolve("big.png");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SIZE); // sparse: no disk cost
        }
        AtomicLong received = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/consumer/blobs", ex -> {
            byte[] buf = new byte[1 << 16];
            try (InputStream in = ex.getRequestBody()) {
                for (int n; (n = in.read(buf)) > 0; ) received.addAndGet(n);
            }
            byte[] body = "{\"type\":\"image\",\"id\":\"big.png\",\"available\":true}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(201, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                    UploadMain.class.getName(), "http://127.0.0.1:" + server.getAddress().getPort(), big.toString(), dir.toString()))
                    .redirectErrorStream(true).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread pump = new Thread(() -> {
                try {
                    p.getInputStream().transferTo(out);
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            pump.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "upload did not finish: " + out);
            pump.join(5000);
            String text = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), text);
            assertTrue(text.contains("UPLOADED big.png"), text);
            assertFalse(text.contains("OutOfMemoryError"), text);
            assertTrue(received.get() > SIZE, "the whole file arrived (with its multipart framing): " + received.get());
        } finally {
            server.stop(0);
        }
    }

    /** The child JVM: one upload through the public verbs, on a session pointed at the test's server. */
    public static final class UploadMain {
        public static void main(String[] args) {
            Path work = Path.of(args[2]);
            try (var session = dev.civkit.session.Session.builder()
                    .config(dev.civkit.client.ClientConfig.of(args[0], dev.civkit.client.ApiToken.of("test-token")))
                    .outputs(work.resolve("outputs")).journal(dev.civkit.journal.Journal.at(work.resolve("journal.jsonl"))).build()) {
                var blob = dev.civkit.Civkit.on(session).upload(args[1]);
                System.out.println("UPLOADED " + blob.id());
            }
        }
    }
}
