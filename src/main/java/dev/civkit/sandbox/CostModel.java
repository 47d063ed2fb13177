package dev.civkit.sandbox;

import dev.civkit.json.Json;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's deterministic Buzz prices. They are plausible, not Civitai's real prices.
 *
 * <pre>
 * imageGen / textToImage   ceil(engineBase x megapixels x quantity x stepsFactor), at least 1
 *   engineBase (per 1024x1024 image), looked up by input.ecosystem first, then input.engine:
 *     sd1 1 | sdxl 2, sdcpp 2, zImage 2 | comfy 3 | flux 4, flux1 4, qwen 4 | flux2 5
 *     flux1-kontext 6, fal 6, wan 6 | seedream 8, grok 8 | google 10, gemini 10 | openai 12
 *     anything else 5 (textToImage without engine prices as sdxl)
 *   megapixels  = width x height / 1024^2 (default 1024x1024)
 *   quantity    = input.quantity (or numImages), default 1
 *   stepsFactor = input.steps / 20 when steps is given, else 1
 * videoGen                 ceil(10 x seconds x resolutionFactor); seconds = input.duration (default 5),
 *                          resolutionFactor 1080p 1.5, 2K/4K 2, otherwise 1
 * fixed per step           training 500 | polyGen 40 | videoUpscaler 20 | aceStepAudio 10
 *                          videoInterpolation 10 | imageUpscaler 4 | transcription 3
 *                          imageBackgroundRemoval 2 | textToSpeech 2 | convertImage 1
 *                          promptEnhancement 1 | chatCompletion 1 | echo 0 | any other type 5
 * tips                     template tips are rates: tips.civitai = ceil(base x tips.civitai), same for creators
 * total                    base + tips; charged as one debit from the first listed currency (default yellow)
 * balance                  a whatif costing more than 5000 reports insufficientBuzz: true
 * </pre>
 */
final class CostModel {
    static final int DEFAULT_STEPS = 20;
    static final Map<String, Integer> ENGINE_BASE = Map.ofEntries(
            Map.entry("sd1", 1), Map.entry("sdxl", 2), Map.entry("sdcpp", 2), Map.entry("zimage", 2),
            Map.entry("comfy", 3), Map.entry("flux", 4), Map.entry("flux1", 4), Map.entry("qwen", 4),
            Map.entry("flux2", 5), Map.entry("flux1-kontext", 6), Map.entry("fal", 6), Map.entry("wan", 6),
            Map.entry("seedream", 8), Map.entry("grok", 8), Map.entry("google", 10), Map.entry("gemini", 10),
            Map.entry("openai", 12));
    static final int DEFAULT_ENGINE_BASE = 5;
    static final Map<String, Integer> FIXED = Map.ofEntries(
            Map.entry("training", 500), Map.entry("polyGen", 40), Map.entry("videoUpscaler", 20),
            Map.entry("aceStepAudio", 10), Map.entry("videoInterpolation", 10), Map.entry("imageUpscaler", 4),
            Map.entry("transcription", 3), Map.entry("imageBackgroundRemoval", 2), Map.entry("textToSpeech", 2),
            Map.entry("convertImage", 1), Map.entry("promptEnhancement", 1), Map.entry("chatCompletion", 1),
            Map.entry("echo", 0));
    static final int DEFAULT_FIXED = 5;
    /** What the sandbox account "holds": a whatif above it reports insufficientBuzz, so clients can show that warning. */
    static final long PRETEND_BALANCE = 5000;

    private CostModel() {}

    /** A step's price plus the factors that produced it (reported in {@code cost.factors}). */
    record StepPrice(long buzz, Map<String, Double> factors) {}

    static StepPrice price(String type, JsonNode input) {
        return switch (type) {
            case "imageGen", "textToImage" -> imagePrice(type, input);
            case "videoGen" -> videoPrice(input);
            default -> new StepPrice(FIXED.getOrDefault(type, DEFAULT_FIXED), Map.of());
        };
    }

    private static StepPrice imagePrice(String type, JsonNode input) {
        int base = engineBase(type, input);
        int[] size = MediaParams.imageSize(input);
        double mp = (double) size[0] * size[1] / (1024.0 * 1024.0);
        int quantity = MediaParams.quantity(input);
        JsonNode steps = input.get("steps");
        double stepsFactor = steps != null && steps.isNumber() && steps.asDouble() > 0 ? steps.asDouble() / DEFAULT_STEPS : 1.0;
        long buzz = Math.max(1, (long) Math.ceil(base * mp * quantity * stepsFactor - 1e-9));
        return new StepPrice(buzz, Map.of("megapixels", round(mp), "quantity", (double) quantity, "steps", round(stepsFactor)));
    }

    static int engineBase(String type, JsonNode input) {
        for (String key : new String[] {"ecosystem", "engine"}) {
            JsonNode n = input.get(key);
            if (n != null && n.isString()) {
                Integer b = ENGINE_BASE.get(n.asString().toLowerCase(Locale.ROOT));
                if (b != null) return b;
            }
        }
        return "textToImage".equals(type) && !input.has("engine") ? ENGINE_BASE.get("sdxl") : DEFAULT_ENGINE_BASE;
    }

    private static StepPrice videoPrice(JsonNode input) {
        double seconds = MediaParams.durationSeconds(input, 5);
        String res = input.path("resolution").asString("").toLowerCase(Locale.ROOT);
        double resFactor = res.equals("1080p") ? 1.5 : (res.equals("2k") || res.equals("4k")) ? 2.0 : 1.0;
        long buzz = (long) Math.ceil(10 * seconds * resFactor - 1e-9);
        return new StepPrice(buzz, Map.of("seconds", seconds, "resolution", resFactor));
    }

    /** Builds the Workflow {@code cost} object from per-step prices and the template's tip rates. */
    static ObjectNode workflowCost(long base, Map<String, Double> factors, JsonNode tipRates) {
        long civitai = (long) Math.ceil(base * rate(tipRates, "civitai") - 1e-9);
        long creators = (long) Math.ceil(base * rate(tipRates, "creators") - 1e-9);
        ObjectNode cost = Json.object();
        cost.put("base", base);
        ObjectNode f = cost.putObject("factors");
        factors.forEach(f::put);
        ObjectNode tips = cost.putObject("tips");
        tips.put("civitai", civitai);
        tips.put("creators", creators);
        cost.put("total", base + civitai + creators);
        return cost;
    }

    static ObjectNode transactions(long total, JsonNode currencies, boolean whatif) {
        ObjectNode t = Json.object();
        var list = t.putArray("list");
        if (total > 0) {
            String account = currencies != null && currencies.isArray() && !currencies.isEmpty()
                    ? currencies.get(0).asString("yellow") : "yellow";
            ObjectNode debit = list.addObject();
            debit.put("type", "debit");
            debit.put("amount", total);
            debit.put("accountType", account);
            if (!whatif) debit.put("id", "tx_" + Ids.ulid());
        }
        if (whatif) t.put("insufficientBuzz", total > PRETEND_BALANCE);
        return t;
    }

    private static double rate(JsonNode tips, String key) {
        if (tips == null || !tips.isObject()) return 0;
        JsonNode n = tips.get(key);
        return n != null && n.isNumber() && n.asDouble() > 0 ? n.asDouble() : 0;
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
