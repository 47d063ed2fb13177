package dev.civkit.dsl;

import dev.civkit.json.Json;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Limits;
import java.util.List;

final class Flux2Impl extends PromptImageImpl<Flux2> implements Flux2 {
    private final String model;

    Flux2Impl(WorkflowBuilder owner, String model, String operation) {
        super(owner, "flux2");
        this.model = model;
        preset("model", model);
        preset("operation", operation);
    }

    private Flux2Impl only(String field, String... models) {
        if (!List.of(models).contains(model))
            throw new InvalidRequestException(type() + ".input." + field,
                    "is for flux2 " + String.join("/", models) + ", not " + model);
        return this;
    }

    @Override
    public Flux2 size(int width, int height) {
        whole("width", width, 1, 4096);
        return whole("height", height, 1, 4096);
    }

    @Override
    public Flux2 seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    @Override
    public Flux2 quantity(int quantity) {
        return whole("quantity", quantity, 1, Limits.MAX_QUANTITY);
    }

    @Override
    public Flux2 enablePromptExpansion(boolean on) {
        return put("enablePromptExpansion", on);
    }

    @Override
    public Flux2 images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    @Override
    public Flux2 modelVersion(String v) {
        return only("modelVersion", "klein").oneOf("modelVersion", v, "4b", "4b-base", "9b", "9b-base", "9b-kv");
    }

    @Override
    public Flux2 cfgScale(double cfg) {
        return only("cfgScale", "klein").num("cfgScale", cfg);
    }

    @Override
    public Flux2 steps(int steps) {
        return only("steps", "klein").whole("steps", steps, 1, 200);
    }

    @Override
    public Flux2 negativePrompt(String negativePrompt) {
        return only("negativePrompt", "klein").put("negativePrompt", negativePrompt);
    }

    @Override
    public Flux2 sampleMethod(SampleMethod m) {
        return only("sampleMethod", "klein").put("sampleMethod", choice("sampleMethod", m, SampleMethod.class));
    }

    @Override
    public Flux2 schedule(Schedule s) {
        return only("schedule", "klein").put("schedule", choice("schedule", s, Schedule.class));
    }

    @Override
    public Flux2 guidanceScale(double g) {
        return only("guidanceScale", "dev", "flex").num("guidanceScale", g);
    }

    @Override
    public Flux2 numInferenceSteps(int n) {
        return only("numInferenceSteps", "dev", "flex").whole("numInferenceSteps", n, 1, 200);
    }

    @Override
    public Flux2 lora(String air, double strength) {
        if (model.equals("klein")) return mapEntry("loras", air, strength);
        only("loras", "klein", "dev");
        tools.jackson.databind.node.ArrayNode arr = input.get("loras") instanceof tools.jackson.databind.node.ArrayNode a ? a : Json.array();
        tools.jackson.databind.node.ObjectNode l = arr.addObject();
        l.put("air", air);
        l.put("strength", strength);
        input.set("loras", arr);
        return this;
    }
}
