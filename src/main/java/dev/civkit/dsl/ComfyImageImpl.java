package dev.civkit.dsl;

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
