package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Limits;
import dev.civkit.request.Require;
import dev.civkit.request.Templates;
import dev.civkit.json.Json;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

final class ImageGenImpl extends StepBuilderImpl<ImageGen> implements ImageGen {
    ImageGenImpl() {
        super("imageGen");
    }

    @Override
    public ImageGen engine(String engine) {
        if (engine == null || engine.isBlank()) throw new InvalidRequestException("imageGen.input.engine", "must not be blank");
        return set("engine", engine);
    }

    @Override
    public ImageGen ecosystem(String ecosystem) {
        return set("ecosystem", given("ecosystem", ecosystem));
    }

    @Override
    public ImageGen operation(String operation) {
        return set("operation", given("operation", operation));
    }

    @Override
    public ImageGen prompt(String prompt) {
        return set("prompt", given("prompt", prompt));
    }

    @Override
    public ImageGen negativePrompt(String negativePrompt) {
        return set("negativePrompt", given("negativePrompt", negativePrompt));
    }

    @Override
    public ImageGen size(int width, int height) {
        return width(width).height(height);
    }

    @Override
    public ImageGen width(int width) {
        return set("width", width);
    }

    @Override
    public ImageGen height(int height) {
        return set("height", height);
    }

    @Override
    public ImageGen seed(long seed) {
        return set("seed", seed);
    }

    @Override
    public ImageGen steps(int steps) {
        return set("steps", steps);
    }

    @Override
    public ImageGen cfgScale(double cfgScale) {
        return set("cfgScale", cfgScale);
    }

    @Override
    public ImageGen sampler(String sampler) {
        return set("sampler", given("sampler", sampler));
    }

    @Override
    public ImageGen scheduler(String scheduler) {
        return set("scheduler", given("scheduler", scheduler));
    }

    @Override
    public ImageGen quantity(int quantity) {
        return set("quantity", quantity);
    }

    @Override
    public ImageGen model(String air) {
        return set("model", given("model", air));
    }

    @Override
    public ImageGen diffuserModel(String air) {
        return set("diffuserModel", given("diffuserModel", air));
    }

    @Override
    public ImageGen lora(String air, double strength) {
        Require.nonNull(air, "lora(air, strength)", "an AIR such as \"urn:air:sdxl:lora:civitai:1@2\"");
        if (!Double.isFinite(strength))
            throw new InvalidRequestException("imageGen.input.loras." + air, "a LoRA strength must be a finite number, got " + strength);
        JsonNode current = input.get("loras");
        ObjectNode loras = current instanceof ObjectNode o ? o : Json.object();
        loras.put(air, strength);
        input.set("loras", loras);
        return this;
    }

    @Override
    public ImageGen loras(Map<String, ? extends Number> byAir) {
        Require.nonNull(byAir, "loras(byAir)", "a Map such as Map.of(\"urn:air:sdxl:lora:civitai:1@2\", 0.8)");
        byAir.forEach((air, strength) -> Require.nonNull(strength, "loras(byAir)", "a strength for " + air));
        byAir.forEach((air, strength) -> lora(air, strength.doubleValue()));
        return this;
    }

    @Override
    public ImageGen outputFormat(String format) {
        return set("outputFormat", given("outputFormat", format));
    }

    /** A text setter's argument: null is a mistake (to leave a field out, do not call its setter). */
    private static String given(String field, String value) {
        return Require.nonNull(value, field + "(text)", "text, or leave " + field + " out by not calling it");
    }

    @Override
    protected void validate(String at) {
        JsonNode engine = input.get("engine");
        if (engine == null || engine.isNull())
            throw new InvalidRequestException(at + ".input.engine", "is required: choose one, for example i.engine(\"flux\")");
        requireNotBlank(at, "engine");
        requireNotBlank(at, "prompt");
        boolean fromImage = input.has("image") || input.has("images");
        if (!fromImage && (input.get("prompt") == null || input.get("prompt").isNull()))
            throw new InvalidRequestException(at + ".input.prompt", "is required to create an image: i.prompt(\"…\")");
        requirePositive(at, "width", MAX_SIDE);
        requirePositive(at, "height", MAX_SIDE);
        requirePositive(at, "steps", 200);
        requirePositive(at, "quantity", Limits.MAX_QUANTITY);
        JsonNode seed = input.get("seed");
        if (seed != null && !seed.isNull() && (!seed.isIntegralNumber() || seed.asLong() < 0 || seed.asLong() > 0xFFFF_FFFFL))
            throw new InvalidRequestException(at + ".input.seed", "must be a whole number from 0 to 4294967295, got " + seed);
        JsonNode cfg = input.get("cfgScale");
        if (cfg != null && !cfg.isNull() && (!cfg.isNumber() || cfg.asDouble() < 0))
            throw new InvalidRequestException(at + ".input.cfgScale", "must be a number of 0 or more, got " + cfg);
        JsonNode loras = input.get("loras");
        if (loras != null && !loras.isNull() && !loras.isObject())
            throw new InvalidRequestException(at + ".input.loras", "must map AIRs to strengths, got " + loras);
        if (loras != null && loras.isObject()) {
            for (var e : loras.properties()) {
                String problem = Templates.airProblem(e.getKey());
                if (problem != null) throw new InvalidRequestException(at + ".input.loras", problem);
                if (!e.getValue().isNumber())
                    throw new InvalidRequestException(at + ".input.loras", "a LoRA strength must be a number, got " + e.getValue());
            }
        }
        // Some engines name their model in plain words ("gpt-image-1"); anything claiming to be an AIR must be one.
        for (String f : new String[] {"model", "diffuserModel"}) {
            JsonNode m = input.get(f);
            if (m == null || m.isNull()) continue;
            if (!m.isString() || m.asString().isBlank())
                throw new InvalidRequestException(at + ".input." + f, "must be non-blank text (an AIR or a model name), got " + m);
            if (m.asString().regionMatches(true, 0, "urn:", 0, 4) || m.asString().regionMatches(true, 0, "air:", 0, 4)) {
                String problem = Templates.airProblem(m.asString());
                if (problem != null) throw new InvalidRequestException(at + ".input." + f, problem);
            }
        }
    }
}
