package dev.civkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.civkit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** Real HTTP against a running sandbox, plus JSON Schema checks of what comes back. */
final class SandboxClient {
    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();

    record Reply(int status, HttpResponse<byte[]> raw) {
        JsonNode json() { return Json.parse(raw.body()); }
        String header(String name) { return raw.headers().firstValue(name).orElse(null); }
        byte[] bytes() { return raw.body(); }
    }

    private final String base;
    private final String token;

    SandboxClient(Sandbox sandbox) { this(sandbox.baseUrl(), null); }

    SandboxClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    static SandboxConfig fast() {
        return SandboxConfig.defaults().withQueueTime(Duration.ofMillis(20)).withRunTime(Duration.ofMillis(60));
    }

    Reply post(String pathAndQuery, String body) {
        return send(request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    Reply post(String pathAndQuery, JsonNode body) { return post(pathAndQuery, Json.write(body)); }

    Reply put(String pathAndQuery, String body) {
        return send(request(pathAndQuery).PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    Reply get(String pathAndQuery) { return send(request(pathAndQuery).GET()); }

    /** Absolute URLs (signed content links) go out without a bearer token, as a browser would send them. */
    static Reply getAbsolute(String url) {
        return sendRaw(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(120));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    private static Reply send(HttpRequest.Builder b) { return sendRaw(b); }

    private static Reply sendRaw(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts the JSON conforms to {@code src/test/resources/schemas/<name>.schema.json}. */
    static void assertSchema(String name, JsonNode json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(name, n -> {
            try (InputStream in = SandboxClient.class.getResourceAsStream("/schemas/" + n + ".schema.json")) {
                if (in == null) fail("missing schema " + n);
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            Set<ValidationMessage> errors = schema.validate(JACKSON2.readTree(Json.write(json)));
            assertTrue(errors.isEmpty(), () -> name + " schema violations: " + errors + " in " + Json.write(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String imageGen(String prompt, Long seed, int width, int height) {
        var body = Json.object();
        var input = body.putArray("steps").addObject().put("$type", "imageGen").putObject("input");
        input.put("engine", "flux").put("prompt", prompt).put("width", width).put("height", height);
        if (seed != null) input.put("seed", seed);
        return Json.write(body);
    }
}
