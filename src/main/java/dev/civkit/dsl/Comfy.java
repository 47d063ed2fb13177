package dev.civkit.dsl;

/** {@code engine: comfy}: ComfyUI behind a fixed input. sd1/sdxl take a checkpoint; ernie a model. */
public interface Comfy {
    Ops sd1();

    Ops sdxl();

    /** ERNIE image: the standard model or turbo. */
    ErnieModels ernie();

    final class ErnieModels {
        private final WorkflowBuilder owner;

        ErnieModels(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Ops standard() {
            return new Ops(owner, "ernie", "ernie");
        }

        public Ops turbo() {
            return new Ops(owner, "ernie", "turbo");
        }

        @Override
        public String toString() {
            return Choices.of(this, "comfy ernie: choose the model");
        }
    }

    final class Ops {
        private final WorkflowBuilder owner;
        private final String ecosystem;
        private final String model;

        Ops(WorkflowBuilder owner, String ecosystem, String model) {
            this.owner = owner;
            this.ecosystem = ecosystem;
            this.model = model;
        }

        public Image createImage() {
            return new ComfyImageImpl(owner, ecosystem, model);
        }

        @Override
        public String toString() {
            return Choices.of(this, "comfy: choose the operation");
        }
    }

    /** A comfy createImage step: checkpoint or model, sampler, scheduler, size, LoRAs. */
    public interface Image extends PromptImage<Image> {
        /** sd1/sdxl: the checkpoint AIR. */
        Image model(String air);

        Image negativePrompt(String negativePrompt);

        Image size(int width, int height);

        Image steps(int steps);

        Image cfgScale(double cfg);

        Image sampler(ComfySampler s);

        Image sampler(String s);

        Image scheduler(ComfyScheduler s);

        Image scheduler(String s);

        Image seed(long seed);

        Image quantity(int quantity);

        Image lora(String air, double strength);
    }
}
