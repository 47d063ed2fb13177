package dev.civkit.dsl;

import dev.civkit.json.Json;
import dev.civkit.request.Limits;
import tools.jackson.databind.node.ArrayNode;

/**
 * The fields that imageGen and videoGen engines write alike, each written once here. Which of them a
 * step offers is its engine's interface's choice (that interface is all TAB, forms and sweeps see), so a
 * setter here may serve engines that do not offer it; an engine whose field takes other values
 * overrides the setter.
 */
abstract class PromptStepImpl<S extends TypedStep<S>> extends TypedStepImpl<S> {
    PromptStepImpl(String type, WorkflowBuilder owner, String engine) {
        super(type, owner);
        preset("engine", engine);
        required("prompt");
    }

    public S prompt(String prompt) {
        return text("prompt", prompt);
    }

    public S negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    public S seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    public S size(int width, int height) {
        whole("width", width, 1, Limits.MAX_SIDE);
        return whole("height", height, 1, Limits.MAX_SIDE);
    }

    public S quantity(int quantity) {
        return whole("quantity", quantity, 1, Limits.MAX_QUANTITY);
    }

    public S steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    public S numInferenceSteps(int steps) {
        return whole("numInferenceSteps", steps, 1, 200);
    }

    public S cfgScale(double cfg) {
        return num("cfgScale", cfg);
    }

    public S guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    public S enablePromptExpansion(boolean on) {
        return put("enablePromptExpansion", on);
    }

    public S generateAudio(boolean on) {
        return put("generateAudio", on);
    }

    public S images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    /** {air: strength}, as most types take LoRAs; an engine that takes a list overrides this. */
    public S lora(String air, double strength) {
        return mapEntry("loras", air, strength);
    }

    /** [{air, strength}], as the types that list LoRAs take them. */
    protected final S loraList(String air, double strength) {
        ArrayNode all = input.get("loras") instanceof ArrayNode a ? a : Json.array();
        all.addObject().put("air", air).put("strength", strength);
        input.set("loras", all);
        return self();
    }
}
