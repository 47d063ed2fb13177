package dev.civkit.sandbox;

import static dev.civkit.sandbox.Http.*;

import com.sun.net.httpserver.HttpExchange;
import dev.civkit.air.Air;
import dev.civkit.air.MalformedAirException;
import dev.civkit.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GetResource and the service catalogue. Resource details are made up but stable: the same AIR
 * always answers the same size, hashes and names. A civitai AIR whose model id starts with
 * {@value #UNKNOWN_PREFIX} (e.g. {@code urn:air:sdxl:lora:civitai:404001@1}) is unknown: 404.
 */
final class Catalogue {
    static final String UNKNOWN_PREFIX = "404";
    private static final Set<String> WINDOWS = Set.of("1h", "24h", "7d");
    private static final Set<String> INTERVALS = Set.of("5m", "1h", "1d");
    private static final Set<String> STATUSES = Set.of("unknown", "available", "degraded", "unavailable");

    private record Service(String id, String step, String name, String description, List<String> tags, String status,
                           List<String> in, List<String> out) {}

    private static final List<Service> SERVICES = List.of(
            new Service("image/flux2/klein/createImage/9b", "imageGen", "FLUX.2 klein 9B", "Fast text-to-image.",
                    List.of("fast", "text-to-image"), "available", List.of("text"), List.of("image")),
            new Service("image/flux2/dev/createImage", "imageGen", "FLUX.2 dev", "High-quality text-to-image.",
                    List.of("quality", "text-to-image"), "available", List.of("text"), List.of("image")),
            new Service("image/sdcpp/sdxl/createImage", "imageGen", "SDXL (sd.cpp)", "SDXL checkpoints and LoRAs by AIR.",
                    List.of("lora", "text-to-image"), "available", List.of("text"), List.of("image")),
            new Service("image/openai/gpt-image-1/editImage", "imageGen", "GPT Image 1 edit", "Edits images from a prompt.",
                    List.of("edit", "image-to-image"), "degraded", List.of("text", "image"), List.of("image")),
            new Service("video/wan/v2.2/createVideo", "videoGen", "Wan 2.2", "Text- and image-to-video.",
                    List.of("text-to-video"), "available", List.of("text", "image"), List.of("video")),
            new Service("audio/textToSpeech", "textToSpeech", "Text to speech", "Speech from text.",
                    List.of("speech"), "unavailable", List.of("text"), List.of("audio")),
            new Service("chat/chatCompletion", "chatCompletion", "Chat completion", "OpenAI-style chat.",
                    List.of("llm"), "available", List.of("text"), List.of("text")));

    private Catalogue() {}

    /** GET /v2/resources/{air}: 400 malformed, 404 unknown, else a ResourceInfo. */
    static void resource(HttpExchange ex, String text) {
        Air air;
        try {
            air = Air.parse(text);
        } catch (MalformedAirException e) {
            throw ApiProblem.validation("air", e.getMessage());
        }
        if (air.source().equalsIgnoreCase("civitai") && air.id().startsWith(UNKNOWN_PREFIX))
            throw ApiProblem.notFound("No resource " + air + " exists.");
        byte[] digest = sha256(air.toString());
        String sha = HexFormat.of().withUpperCase().formatHex(digest);
        long size = 10_000_000L + (Math.abs(((long) digest[0] << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8) | (digest[3] & 0xFFL)) % 6_000_000_000L);
        ObjectNode r = Json.object();
        r.put("air", air.toString());
        r.put("size", size);
        r.putObject("hashes").put("SHA256", sha).put("AutoV2", sha.substring(0, 10)).put("CRC32", sha.substring(10, 18));
        String version = air.version() != null ? air.version() : air.id();
        r.putArray("downloadUrls").add("https://civitai.com/api/download/models/" + version);
        r.put("resourceName", air.ecosystem().toUpperCase(Locale.ROOT) + " " + air.type() + " " + air.id());
        r.put("versionName", air.version() == null ? "latest" : "v" + air.version());
        r.put("checkPermission", false);
        r.put("canGenerate", true);
        r.put("fileFormat", "safeTensor");
        r.put("hasMatureContentRestriction", (digest[4] & 1) == 1);
        r.put("hasNSFWContentRestriction", false);
        r.put("popularityRank", Math.round((digest[5] & 0xFF) / 255.0 * 1000) / 1000.0);
        r.put("isFeatured", (digest[6] & 3) == 0);
        r.put("publishedAt", Instant.parse("2024-01-01T00:00:00Z").plusSeconds((digest[7] & 0xFF) * 86_400L).toString());
        r.putObject("availability").put("status", "available");
        sendJson(ex, 200, r);
    }

    /** GET /v2/services: filters and offset paging as the types describe. */
    static void services(HttpExchange ex) {
        Map<String, List<String>> q = queryAll(ex);
        String category = one(q, "category"), prefix = one(q, "prefix"), text = one(q, "query"), status = one(q, "status");
        window(one(q, "window"));
        if (status != null && !STATUSES.contains(status)) throw ApiProblem.validation("status", "The status must be one of " + STATUSES + ".");
        int limit = number(one(q, "limit"), "limit", 50, 1, 100), offset = number(one(q, "offset"), "offset", 0, 0, Integer.MAX_VALUE);
        List<String> tags = q.getOrDefault("tags", List.of());
        List<Service> found = SERVICES.stream()
                .filter(s -> category == null || s.id().startsWith(category + "/"))
                .filter(s -> prefix == null || s.id().equals(prefix) || s.id().startsWith(prefix.endsWith("/") ? prefix : prefix + "/"))
                .filter(s -> s.tags().containsAll(tags))
                .filter(s -> status == null || s.status().equals(status))
                .filter(s -> text == null || (s.id() + " " + s.name() + " " + s.description() + " " + s.tags()).toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT)))
                .toList();
        ObjectNode page = Json.object();
        ArrayNode items = page.putArray("items");
        found.stream().skip(offset).limit(limit).forEach(s -> items.add(json(s, false, "24h", null)));
        page.put("totalCount", found.size());
        page.put("limit", limit);
        page.put("offset", offset);
        sendJson(ex, 200, page);
    }

    /** GET /v2/services/{id}: one service with its metrics and a short history. */
    static void service(HttpExchange ex, String id) {
        Map<String, String> q = query(ex);
        String window = window(q.get("window"));
        String interval = q.get("interval");
        if (interval != null && !INTERVALS.contains(interval)) throw ApiProblem.validation("interval", "The interval must be one of " + INTERVALS + ".");
        for (Service s : SERVICES) {
            if (s.id().equals(id)) {
                sendJson(ex, 200, json(s, true, window, interval == null ? "1h" : interval));
                return;
            }
        }
        throw ApiProblem.notFound("No service " + id + "; GET /v2/services lists them.");
    }

    private static ObjectNode json(Service s, boolean detailed, String window, String interval) {
        ObjectNode n = Json.object();
        n.put("id", s.id());
        String[] seg = s.id().split("/");
        n.put("category", seg[0]);
        ObjectNode params = n.putObject("parameters");
        String[] names = {"engine", "model", "operation", "variant"};
        for (int i = 1; i < seg.length && i - 1 < names.length; i++) params.put(names[i - 1], seg[i]);
        n.put("step", s.step());
        n.put("submit", "/v2/consumer/recipes/" + s.step());
        n.put("estimate", "/v2/consumer/recipes/" + s.step() + "?whatif=true");
        n.put("name", s.name());
        n.put("description", s.description());
        ArrayNode tags = n.putArray("tags");
        s.tags().forEach(tags::add);
        ObjectNode modalities = n.putObject("modalities");
        s.in().forEach(modalities.putArray("input")::add);
        s.out().forEach(modalities.putArray("output")::add);
        n.put("status", s.status());
        ObjectNode m = n.putObject("metrics");
        m.put("window", window);
        m.put("asOf", Instant.now().truncatedTo(ChronoUnit.MINUTES).toString());
        int h = Math.abs(s.id().hashCode());
        m.put("requests", 1000 + h % 9000);
        m.put("successRate", s.status().equals("unavailable") ? 0.0 : s.status().equals("degraded") ? 0.82 : 0.97);
        m.put("canceledRate", 0.01);
        m.put("userErrorRate", 0.02);
        if (detailed) {
            ObjectNode history = n.putObject("history");
            history.put("interval", interval);
            ArrayNode buckets = history.putArray("buckets");
            Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
            for (int i = 3; i >= 1; i--) {
                ObjectNode b = buckets.addObject();
                b.put("at", now.minusSeconds(3600L * i).toString());
                b.put("requests", 100 + (h >> i) % 50);
                b.put("successRate", m.get("successRate").asDouble());
                b.put("canceledRate", 0.01);
                b.put("userErrorRate", 0.02);
            }
        }
        return n;
    }

    private static String window(String w) {
        if (w == null) return "24h";
        if (!WINDOWS.contains(w)) throw ApiProblem.validation("window", "The window must be one of 1h, 24h, 7d.");
        return w;
    }

    private static String one(Map<String, List<String>> q, String name) {
        List<String> v = q.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    private static int number(String v, String name, int dflt, int min, int max) {
        if (v == null) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiProblem.validation(name, "The " + name + " must be a whole number from " + min + " to " + max + ".");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
