package dev.civkit.dsl;

import dev.civkit.request.Limits;

/** What every comfy createImage step takes; the checkpoint ecosystems add their model. */
abstract class ComfyImageImpl<S extends Comfy.Image<S>> extends PromptImageImpl<S> implements Comfy.Image<S> {
    /** {@code model} is the one ernie's chooser picked, or null where the user names a checkpoint. */
    ComfyImageImpl(WorkflowBuilder owner, String ecosystem, String model) {
        super(owner, "comfy");
        preset("ecosystem", ecosystem);
        if (model != null) preset("model", model);
        preset("operation", "createImage");
    }

    @Override
    public S negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    @Override
    public S size(int width, int height) {
        whole("width", width, 1, 4096);
        return whole("height", height, 1, 4096);
    }

    @Override
    public S steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    @Override
    public S cfgScale(double cfg) {
        return num("cfgScale", cfg);
    }

    @Override
    public S sampler(ComfySampler s) {
        return put("sampler", choice("sampler", s, ComfySampler.class));
    }

    @Override
    public S sampler(String s) {
        return oneOf("sampler", s, ComfySampler.wires());
    }

    @Override
    public S scheduler(ComfyScheduler s) {
        return put("scheduler", choice("scheduler", s, ComfyScheduler.class));
    }

    @Override
    public S scheduler(String s) {
        return oneOf("scheduler", s, ComfyScheduler.wires());
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
    public S lora(String air, double strength) {
        return mapEntry("loras", air, strength);
    }

    static final class Checkpoint extends ComfyImageImpl<Comfy.Checkpoint> implements Comfy.Checkpoint {
        Checkpoint(WorkflowBuilder owner, String ecosystem) {
            super(owner, ecosystem, null);
            required("model");
        }

        @Override
        public Comfy.Checkpoint model(String air) {
            return air("model", air);
        }
    }

    static final class Ernie extends ComfyImageImpl<Comfy.Ernie> implements Comfy.Ernie {
        Ernie(WorkflowBuilder owner, String model) {
            super(owner, "ernie", model);
        }
    }
}
