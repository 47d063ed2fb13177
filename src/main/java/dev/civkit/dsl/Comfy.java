package dev.civkit.dsl;

/** {@code engine: comfy}: ComfyUI behind a fixed input. sd1/sdxl take a checkpoint; ernie a model. */
public final class Comfy {
    private final WorkflowBuilder owner;

    Comfy(WorkflowBuilder owner) {
        this.owner = owner;
    }

    public Ops sd1() {
        return new Ops(owner, "sd1");
    }

    public Ops sdxl() {
        return new Ops(owner, "sdxl");
    }

    /** ERNIE image: the standard model or turbo. */
    public ErnieModels ernie() {
        return new ErnieModels(owner);
    }

    public static final class ErnieModels {
        private final WorkflowBuilder owner;

        ErnieModels(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public ErnieOps standard() {
            return new ErnieOps(owner, "ernie");
        }

        public ErnieOps turbo() {
            return new ErnieOps(owner, "turbo");
        }

        @Override
        public String toString() {
            return Choices.of(this, "comfy ernie: choose the model");
        }
    }

    public static final class Ops {
        private final WorkflowBuilder owner;
        private final String ecosystem;

        Ops(WorkflowBuilder owner, String ecosystem) {
            this.owner = owner;
            this.ecosystem = ecosystem;
        }

        public Checkpoint createImage() {
            return new ComfyImageImpl.Checkpoint(owner, ecosystem);
        }

        @Override
        public String toString() {
            return Choices.of(this, "comfy: choose the operation");
        }
    }

    public static final class ErnieOps {
        private final WorkflowBuilder owner;
        private final String model;

        ErnieOps(WorkflowBuilder owner, String model) {
            this.owner = owner;
            this.model = model;
        }

        public Ernie createImage() {
            return new ComfyImageImpl.Ernie(owner, model);
        }

        @Override
        public String toString() {
            return Choices.of(this, "comfy ernie: choose the operation");
        }
    }

    /** A comfy createImage step: sampler, scheduler, size, LoRAs. */
    public interface Image<S extends Image<S>> extends PromptImage<S> {
        S negativePrompt(String negativePrompt);

        S size(int width, int height);

        S steps(int steps);

        S cfgScale(double cfg);

        S sampler(ComfySampler s);

        S sampler(String s);

        S scheduler(ComfyScheduler s);

        S scheduler(String s);

        S seed(long seed);

        S quantity(int quantity);

        S lora(String air, double strength);
    }

    /** sd1 and sdxl: a checkpoint to run (required). */
    public interface Checkpoint extends Image<Checkpoint> {
        /** The checkpoint AIR. */
        Checkpoint model(String air);
    }

    /** ERNIE: the model is the one chosen, standard or turbo. */
    public interface Ernie extends Image<Ernie> {}

    public String toString() {
        return Choices.of(this, "comfy: choose the ecosystem");
    }
}
