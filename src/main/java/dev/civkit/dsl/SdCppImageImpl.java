package dev.civkit.dsl;

import dev.civkit.request.Limits;

abstract class SdCppImageImpl<S extends SdCppImage<S>> extends TypedStepImpl<S> implements SdCppImage<S> {
    SdCppImageImpl(WorkflowBuilder owner, String ecosystem, String operation) {
        super("imageGen", owner);
        preset("engine", "sdcpp");
        preset("ecosystem", ecosystem);
        preset("operation", operation);
        required("prompt");
    }

    @Override
    public S prompt(String prompt) {
        return text("prompt", prompt);
    }

    @Override
    public S negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    @Override
    public S sampleMethod(SampleMethod m) {
        return put("sampleMethod", choice("sampleMethod", m, SampleMethod.class));
    }

    @Override
    public S sampleMethod(String m) {
        return oneOf("sampleMethod", m, SampleMethod.wires());
    }

    @Override
    public S schedule(Schedule s) {
        return put("schedule", choice("schedule", s, Schedule.class));
    }

    @Override
    public S schedule(String s) {
        return oneOf("schedule", s, Schedule.wires());
    }

    @Override
    public S steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    @Override
    public S cfgScale(double cfgScale) {
        return num("cfgScale", cfgScale);
    }

    @Override
    public S seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    @Override
    public S quantity(int quantity) {
        return whole("quantity", quantity, 1, Limits.MAX_QUANTITY);
    }

    @Override
    public S width(int width) {
        return whole("width", width, 1, MAX_SIDE);
    }

    @Override
    public S height(int height) {
        return whole("height", height, 1, MAX_SIDE);
    }

    @Override
    public S size(int width, int height) {
        return width(width).height(height);
    }

    @Override
    public S lora(String air, double strength) {
        return mapEntry("loras", air, strength);
    }

    @Override
    public S outputFormat(OutputFormat f) {
        return put("outputFormat", choice("outputFormat", f, OutputFormat.class));
    }

    @Override
    public S imageMetadata(String text) {
        return text("imageMetadata", text);
    }
}
