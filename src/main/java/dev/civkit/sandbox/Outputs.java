package dev.civkit.sandbox;

import dev.civkit.json.Json;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds each step type's output in its documented shape, registering (not yet rendering) blobs.
 * Blob objects carry null url fields here; {@link BlobLinks} fills them per response.
 */
final class Outputs {
    /** Source images that are not ours (external URLs) are stood in for at this size before scaling. */
    static final int EXTERNAL_SOURCE_SIDE = 512;
    private final BlobStore blobs;

    Outputs(BlobStore blobs) { this.blobs = blobs; }

    ObjectNode build(StepState step) {
        JsonNode input = step.input != null && step.input.isObject() ? step.input : Json.object();
        ObjectNode out = Json.object();
        switch (step.type) {
            case "imageGen", "textToImage" -> {
                String prompt = MediaParams.prompt(input);
                long seed = MediaParams.seed(input, prompt) + MediaParams.style(input) * 0x9E3779B97F4A7C15L;
                int[] size = MediaParams.imageSize(input);
                String format = MediaParams.imageFormat(input, "jpeg");
                var images = out.putArray("images");
                for (int k = 0; k < MediaParams.quantity(input); k++) {
                    long s = seed + k;
                    String id = blobs.register(SyntheticMedia.contentType(format), size[0], size[1],
                            () -> SyntheticMedia.image(prompt, s, size[0], size[1], step.index, format));
                    images.add(imageBlob(id, size[0], size[1], step));
                }
            }
            case "imageUpscaler" -> {
                double factor = positive(input.get("scaleFactor"), 2);
                out.set("blob", derivedImage(input.path("image").asString(""), factor, "png", false, step));
            }
            case "convertImage" -> out.set("blob", derivedImage(input.path("image").asString(""), 1,
                    MediaParams.imageFormat(input, "jpeg"), false, step));
            case "imageBackgroundRemoval" -> out.set("image", derivedImage(input.path("image").asString(""), 1, "png", true, step));
            case "videoGen", "videoUpscaler", "videoInterpolation", "videoEnhancement", "videoBackgroundRemoval" -> {
                String prompt = MediaParams.prompt(input);
                String id = blobs.register("video/mp4", 0, 0, () -> SyntheticMedia.videoPlaceholder(prompt));
                ObjectNode v = blob("video", id, step);
                int[] size = MediaParams.imageSize(input);
                v.put("width", size[0]);
                v.put("height", size[1]);
                out.set("video", v);
            }
            case "textToSpeech", "aceStepAudio" -> {
                String text = MediaParams.prompt(input);
                double seconds = "aceStepAudio".equals(step.type)
                        ? Math.min(8, MediaParams.durationSeconds(input, 4))
                        : Math.max(1, Math.min(6, text.split("\\s+").length * 0.35));
                String id = blobs.register("audio/wav", 0, 0, () -> SyntheticMedia.wav(text, seconds));
                ObjectNode a = blob("audio", id, step);
                a.put("duration", seconds);
                out.set("audioBlob", a);
            }
            case "transcription" -> {
                String text = "This is a sandbox transcription of " + MediaParams.prompt(input) + ".";
                out.put("text", text);
                out.put("language", "en");
                ObjectNode ts = out.putArray("timeStamps").addObject();
                ts.put("start", 0.0);
                ts.put("end", 2.5);
                ts.put("text", text);
                out.put("elapsedSeconds", 0.42);
            }
            case "promptEnhancement" -> {
                String prompt = MediaParams.prompt(input);
                out.putArray("issues").add("The prompt does not describe lighting or composition.");
                out.putArray("recommendations").add("Name a light source and a camera framing.");
                out.put("enhancedPrompt", prompt + ", soft natural lighting, balanced composition, highly detailed");
            }
            case "echo" -> out.set("message", input.has("message") ? input.get("message").deepCopy() : Json.object().nullNode());
            case "chatCompletion" -> {
                ObjectNode choice = out.putArray("choices").addObject();
                choice.put("index", 0);
                ObjectNode msg = choice.putObject("message");
                msg.put("role", "assistant");
                msg.put("content", "This is a sandbox reply; no model was consulted.");
                choice.put("finish_reason", "stop");
            }
            default -> out.putArray("blobs");
        }
        return out;
    }

    /** An image made from another: ours is read back (lazily, at fetch time), anything else is synthesised. */
    private ObjectNode derivedImage(String source, double factor, String format, boolean cutout, StepState step) {
        BlobStore.Entry src = blobs.entry(ownBlobId(source));
        int sw = src != null && src.width() > 0 ? src.width() : EXTERNAL_SOURCE_SIDE;
        int sh = src != null && src.height() > 0 ? src.height() : EXTERNAL_SOURCE_SIDE;
        Supplier<byte[]> sourceBytes = src != null ? () -> blobs.bytes(src.id())
                : () -> SyntheticMedia.image(source, MediaParams.hash(source), sw, sh, step.index, "png");
        int w = Math.max(1, Math.min(Validation.MAX_DIMENSION, (int) Math.round(sw * factor)));
        int h = Math.max(1, Math.min(Validation.MAX_DIMENSION, (int) Math.round(sh * factor)));
        String fmt = cutout ? "png" : format;
        String id = blobs.register(SyntheticMedia.contentType(fmt), w, h,
                () -> cutout ? SyntheticMedia.cutout(sourceBytes.get()) : SyntheticMedia.rescale(sourceBytes.get(), factor, fmt));
        return imageBlob(id, w, h, step);
    }

    /** Recognises our own content URLs, GetBlob URLs and bare blob ids. */
    static String ownBlobId(String ref) {
        if (ref == null || ref.isBlank()) return null;
        int c = ref.indexOf(BlobLinks.CONTENT_PATH);
        if (c >= 0) return BlobSigner.claimedBlobId(ref.substring(c + BlobLinks.CONTENT_PATH.length()));
        int cdn = ref.indexOf(BlobLinks.CDN_PATH);
        if (cdn >= 0 && !ref.startsWith("blob_", cdn + BlobLinks.CDN_PATH.length())) {
            // the live profile's blob host: /v2/consumer/blobs/{id}?sig=…
            String tail = ref.substring(cdn + BlobLinks.CDN_PATH.length());
            int q = tail.indexOf('?');
            return Http.decode(q < 0 ? tail : tail.substring(0, q));
        }
        int b = ref.lastIndexOf("blob_");
        if (b >= 0) {
            String tail = ref.substring(b);
            int end = 0;
            while (end < tail.length() && (Character.isLetterOrDigit(tail.charAt(end)) || tail.charAt(end) == '_')) end++;
            return tail.substring(0, end);
        }
        return ref; // a bare id, as the live service writes them; the caller looks it up
    }

    private static ObjectNode imageBlob(String id, int w, int h, StepState step) {
        ObjectNode b = blob("image", id, step);
        b.putNull("previewUrl");
        b.putNull("previewUrlExpiresAt");
        b.put("width", w);
        b.put("height", h);
        b.put("jobId", step.jobId);
        b.put("nsfwLevel", "pg");
        return b;
    }

    private static ObjectNode blob(String type, String id, StepState step) {
        ObjectNode b = Json.object();
        b.put("type", type);
        b.put("id", id);
        b.put("available", true);
        b.putNull("url");
        b.putNull("urlExpiresAt");
        if (!"image".equals(type)) {
            b.put("jobId", step.jobId);
            b.put("nsfwLevel", "pg");
        }
        return b;
    }

    private static double positive(JsonNode n, double fallback) {
        return n != null && n.isNumber() && n.asDouble() > 0 ? Math.min(4, n.asDouble()) : fallback;
    }
}
