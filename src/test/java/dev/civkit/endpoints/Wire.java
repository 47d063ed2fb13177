package dev.civkit.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The same answers the client reads, fetched raw so their shape can be checked against the
 * schemas generated from the official client's types.
 */
public final class Wire {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();

    private Wire() {}

    public static JsonNode getJson(String url, int expectStatus) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(expectStatus, r.statusCode(), () -> url + " answered " + r.body());
            return Json.parse(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void assertSchema(String name, Object value) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(name, n -> {
            try (InputStream in = Wire.class.getResourceAsStream("/schemas/" + n + ".schema.json")) {
                if (in == null) throw new IllegalArgumentException("no schema " + n);
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String json = value instanceof JsonNode n ? Json.write(n) : value instanceof String s ? s : Json.write(value);
        try {
            Set<ValidationMessage> errors = schema.validate(JACKSON2.readTree(json));
            assertTrue(errors.isEmpty(), () -> name + " schema violations: " + errors + " in " + json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
