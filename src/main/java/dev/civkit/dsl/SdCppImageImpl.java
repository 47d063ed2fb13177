package dev.civkit.dsl;

/** What every sdcpp ecosystem takes: the shared image fields, sampler and schedule also by wire name, width and height apart. */
abstract class SdCppImageImpl<S extends SdCppImage<S>> extends PromptImageImpl<S> implements SdCppImage<S> {
    SdCppImageImpl(WorkflowBuilder owner, String ecosystem, String operation) {
        super(owner, "sdcpp");
        preset("ecosystem", ecosystem);
        preset("operation", operation);
    }

    @Override
    public S sampleMethod(String m) {
        return oneOf("sampleMethod", m, SampleMethod.wires());
    }

    @Override
    public S schedule(String s) {
        return oneOf("schedule", s, Schedule.wires());
    }

    /** The ecosystems that take a diffusion model apart from their checkpoint offer this. */
    public S diffuserModel(String air) {
        return air("diffuserModel", air);
    }

    public S vaeModel(String air) {
        return air("vaeModel", air);
    }

    @Override
    public S width(int width) {
        return whole("width", width, 1, MAX_SIDE);
    }

    @Override
    public S height(int height) {
        return whole("height", height, 1, MAX_SIDE);
    }
}
