package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Limits;

final class ComfyImageImpl extends PromptImageImpl<Comfy.Image> implements Comfy.Image {
    ComfyImageImpl(WorkflowBuilder owner, String ecosystem, String model) {
        super(owner, "comfy");
        preset("ecosystem", ecosystem);
        if (model != null) preset("model", model);
        else required("model");
        preset("operation", "createImage");
    }

    @Override
    public Comfy.Image model(String air) {
        if ("ernie".equals(input.path("ecosystem").asString()))
            throw new InvalidRequestException(type() + ".input.model", "ernie picks its model with ernie().standard() or .turbo()");
        return air("model", air);
    }

    @Override
    public Comfy.Image negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    @Override
    public Comfy.Image size(int width, int height) {
        whole("width", width, 1, 4096);
        return whole("height", height, 1, 4096);
    }

    @Override
    public Comfy.Image steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    @Override
    public Comfy.Image cfgScale(double cfg) {
        return num("cfgScale", cfg);
    }

    @Override
    public Comfy.Image sampler(ComfySampler s) {
        return put("sampler", choice("sampler", s, ComfySampler.class));
    }

    @Override
    public Comfy.Image sampler(String s) {
        return oneOf("sampler", s, ComfySampler.wires());
    }

    @Override
    public Comfy.Image scheduler(ComfyScheduler s) {
        return put("scheduler", choice("scheduler", s, ComfyScheduler.class));
    }

    @Override
    public Comfy.Image scheduler(String s) {
        return oneOf("scheduler", s, ComfyScheduler.wires());
    }

    @Override
    public Comfy.Image seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    @Override
    public Comfy.Image quantity(int quantity) {
        return whole("quantity", quantity, 1, Limits.MAX_QUANTITY);
    }

    @Override
    public Comfy.Image lora(String air, double strength) {
        return mapEntry("loras", air, strength);
    }
}
