package dev.civkit.client;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A wrong address fails at once, naming the host and saying nothing was sent; a server that answered
 * before and now refuses (a restart) is still waited out by the retry policy.
 */
class UnreachableHostTest {
    @Test
    void aHostThatNeverAnsweredFailsAtOnceAndSaysNothingWasSent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        try (CivitaiClient c = new CivitaiClient(ClientConfig.of("http://127.0.0.1:" + port, null).withRetry(RetryTest.fast(5)))) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> c.getWorkflow("wf_1", 0));
            assertTrue(e.getMessage().contains("could not connect to 127.0.0.1:" + port), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was sent"), e.getMessage());
            assertFalse(e.getMessage().contains("if submitted"), e.getMessage());
            assertEquals(0, c.retryCount(), "not retried: the address is wrong, not busy");
        }
    }

    @Test
    void aServerThatAnsweredBeforeIsRetriedWhenItRefuses() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", ex -> {
            byte[] body = RetryTest.WF.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try (CivitaiClient c = new CivitaiClient(ClientConfig.of("http://127.0.0.1:" + server.getAddress().getPort(), null)
                .withRetry(RetryTest.fast(3)))) {
            assertEquals("succeeded", c.getWorkflow("wf_1", 0).workflow().status());
            server.stop(0);
            assertThrows(RuntimeException.class, () -> c.getWorkflow("wf_1", 0));
            assertEquals(2, c.retryCount(), "three tries: a restarting server gets its chance");
        }
    }
}
