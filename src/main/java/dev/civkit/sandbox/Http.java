package dev.civkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.civkit.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reading requests and writing answers, shared by every endpoint group. */
final class Http {
    /**
     * Set while handling a request whose answer is to be cut off half-way. Not an exchange
     * attribute: the JDK server keeps those on the shared context, so one reset would cut them all.
     */
    static final ThreadLocal<Boolean> RESET = new ThreadLocal<>();

    private Http() {}

    static JsonNode readJson(HttpExchange ex) {
        byte[] bytes;
        try {
            bytes = ex.getRequestBody().readAllBytes();
        } catch (IOException e) {
            throw ApiProblem.validation("$", "The request body could not be read.");
        }
        if (bytes.length == 0) throw ApiProblem.validation("$", "A JSON request body is required.");
        try {
            return Json.parse(bytes);
        } catch (JacksonException e) {
            throw ApiProblem.validation("$", "The request body is not valid JSON.");
        }
    }

    /** Every query parameter with its values, names lower-cased; a repeated name (tags) keeps them all. */
    static Map<String, List<String>> queryAll(HttpExchange ex) {
        Map<String, List<String>> q = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null) return q;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            q.computeIfAbsent(decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return q;
    }

    static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null) return q;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            q.put(decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return q;
    }

    static double waitSeconds(Map<String, String> q) {
        String w = q.get("wait");
        if (w == null || w.isBlank()) return 0;
        try {
            double v = Double.parseDouble(w);
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw ApiProblem.validation("wait", "The wait must be a non-negative number of seconds.");
        }
    }

    static boolean flag(Map<String, String> q, String name) {
        String v = q.get(name.toLowerCase(Locale.ROOT));
        if (v == null || v.equalsIgnoreCase("false")) return false;
        if (v.isEmpty() || v.equalsIgnoreCase("true")) return true;
        throw ApiProblem.validation(name, "The " + name + " must be true or false.");
    }

    static String decode(String s) { return URLDecoder.decode(s, StandardCharsets.UTF_8); }

    static void requireMethod(String method, String... allowed) {
        for (String a : allowed) if (a.equals(method)) return;
        throw methodNotAllowed(method);
    }

    static ApiProblem methodNotAllowed(String method) {
        return new ApiProblem(405, "Method Not Allowed", "This endpoint does not accept " + method + ".");
    }

    static void sendProblem(HttpExchange ex, ApiProblem p, String path) {
        if (ex.getRequestMethod().equalsIgnoreCase("HEAD")) {
            sendEmpty(ex, p.status); // a HEAD answer carries no body, only the status
            return;
        }
        byte[] body = Json.write(p.toJson(path)).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/problem+json");
        send(ex, p.status, body);
    }

    static void sendJson(HttpExchange ex, int status, JsonNode json) {
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        send(ex, status, Json.write(json).getBytes(StandardCharsets.UTF_8));
    }

    static void sendEmpty(HttpExchange ex, int status) {
        try {
            // Promise a body and send none: the client sees the answer cut off.
            if (RESET.get() != null) ex.sendResponseHeaders(status, 64);
            else ex.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            // client gone
        }
    }

    static void send(HttpExchange ex, int status, byte[] body) {
        try {
            ex.sendResponseHeaders(status, body.length);
            writeBody(ex, body);
        } catch (IOException e) {
            // client gone
        }
    }

    /** Writes the body, or with a reset fault only its first half, leaving the answer truncated. */
    /**
     * A blob's bytes as a 200, or trickled when the fault plan says so: {@code chunk} bytes every
     * tick, at the plan's rate, under the length it declares (the blob's bytes over again past
     * their end), until all of that is sent, the client goes away or the sandbox closes.
     */
    static void sendContent(HttpExchange ex, byte[] body, Faults faults) throws IOException {
        if (faults == null || !faults.trickleNow()) {
            ex.sendResponseHeaders(200, body.length);
            writeBody(ex, body);
            return;
        }
        FaultPlan.Trickle how = faults.plan.trickle();
        long declared = how.declaredBytes() > 0 ? how.declaredBytes() : body.length;
        long tickMs = Math.max(100, 1000 / how.bytesPerSecond());
        int chunk = (int) Math.min(64 * 1024, Math.max(1, how.bytesPerSecond() * tickMs / 1000));
        ex.sendResponseHeaders(200, declared);
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < declared; ) {
                int n = (int) Math.min(chunk, declared - sent);
                for (int i = 0; i < n; i++) out.write(body.length == 0 ? 0 : body[(int) ((sent + i) % body.length)]);
                out.flush();
                sent += n;
                if (sent < declared) Thread.sleep(tickMs);
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    static void writeBody(HttpExchange ex, byte[] body) throws IOException {
        OutputStream out = ex.getResponseBody();
        if (RESET.get() != null) {
            out.write(body, 0, body.length / 2);
            out.flush();
            return; // handle() closes the exchange short of the promised length, which drops the connection
        }
        try (out) {
            out.write(body);
        }
    }
}
