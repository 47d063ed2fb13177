package dev.civkit.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** Reads generation parameters from a free-form step input, with the defaults the sandbox assumes. */
final class MediaParams {
    static final int DEFAULT_SIDE = 1024;

    private MediaParams() {}

    /** width/height if given, else {@code size: "WxH"}, else an aspect ratio on a 1024 long side, else 1024x1024. */
    static int[] imageSize(JsonNode input) {
        JsonNode w = input.get("width"), h = input.get("height");
        if (w != null && h != null && w.isIntegralNumber() && h.isIntegralNumber() && w.asInt() > 0 && h.asInt() > 0)
            return new int[] {Math.min(w.asInt(), Validation.MAX_DIMENSION), Math.min(h.asInt(), Validation.MAX_DIMENSION)};
        String size = input.path("size").asString("");
        if (size.matches("\\d{1,4}x\\d{1,4}")) {
            String[] p = size.split("x");
            int sw = Integer.parseInt(p[0]), sh = Integer.parseInt(p[1]);
            if (sw > 0 && sh > 0) return new int[] {Math.min(sw, Validation.MAX_DIMENSION), Math.min(sh, Validation.MAX_DIMENSION)};
        }
        String ratio = input.path("aspectRatio").asString("");
        if (ratio.matches("\\d{1,3}:\\d{1,3}")) {
            String[] p = ratio.split(":");
            double rw = Integer.parseInt(p[0]), rh = Integer.parseInt(p[1]);
            if (rw > 0 && rh > 0) {
                // Round to multiples of 8, as diffusion models do.
                if (rw >= rh) return new int[] {DEFAULT_SIDE, Math.max(8, (int) Math.round(DEFAULT_SIDE * rh / rw / 8) * 8)};
                return new int[] {Math.max(8, (int) Math.round(DEFAULT_SIDE * rw / rh / 8) * 8), DEFAULT_SIDE};
            }
        }
        return new int[] {DEFAULT_SIDE, DEFAULT_SIDE};
    }

    static int quantity(JsonNode input) {
        for (String key : new String[] {"quantity", "numImages"}) {
            JsonNode q = input.get(key);
            if (q != null && q.isIntegralNumber()) return (int) Math.max(1, Math.min(Validation.MAX_QUANTITY, q.asLong()));
        }
        return 1;
    }

    static double durationSeconds(JsonNode input, double fallback) {
        JsonNode d = input.get("duration");
        if (d == null) return fallback;
        if (d.isNumber() && d.asDouble() > 0) return d.asDouble();
        if (d.isString()) {
            try {
                double v = Double.parseDouble(d.asString().replaceAll("[sS]$", ""));
                if (v > 0) return v;
            } catch (NumberFormatException ignored) {
                // fall through to the default: an unparsable duration is the engine's business, not ours
            }
        }
        return fallback;
    }

    /** The text that seeds synthetic media: the prompt, or the nearest thing the step type has. */
    static String prompt(JsonNode input) {
        for (String key : new String[] {"prompt", "text", "musicDescription", "image", "imageUrl", "video", "mediaUrl"}) {
            JsonNode n = input.get(key);
            if (n != null && n.isString() && !n.asString().isBlank()) return n.asString();
        }
        return "";
    }

    /** The given seed, or one derived from the prompt so a seedless request is still reproducible. */
    static long seed(JsonNode input, String prompt) {
        JsonNode s = input.get("seed");
        if (s != null && s.isIntegralNumber()) return s.asLong();
        return hash(prompt) & 0xFFFF_FFFFL;
    }

    private static final Set<String> NOT_STYLE = Set.of(
            "prompt", "seed", "width", "height", "size", "aspectRatio", "quantity", "numImages", "outputFormat", "format");

    /**
     * The rest of the generation settings (engine, model, cfgScale, steps, sampler, loras…) as one
     * number, so changing any of them visibly changes the picture, as it would on a real engine.
     */
    static long style(JsonNode input) {
        StringBuilder sb = new StringBuilder();
        new TreeSet<>(input.propertyNames()).forEach(k -> {
            if (!NOT_STYLE.contains(k)) sb.append(k).append('=').append(input.get(k)).append(';');
        });
        return sb.length() == 0 ? 0 : hash(sb.toString());
    }

    /** "jpeg", "png"; webP and unknown formats fall back as documented in {@link SyntheticMedia}. */
    static String imageFormat(JsonNode input, String fallback) {
        String f = input.path("outputFormat").asString(input.path("format").asString(
                input.path("output").path("format").asString(fallback)));
        f = f.toLowerCase(Locale.ROOT);
        return f.equals("jpg") || f.equals("jpeg") ? "jpeg" : "png";
    }

    /** FNV-1a 64: stable across JVMs, unlike String.hashCode mixing. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
