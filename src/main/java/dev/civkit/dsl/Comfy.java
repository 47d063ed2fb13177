package dev.civkit.dsl;


/** {@code engine: comfy}: ComfyUI behind a fixed input. sd1/sdxl take a checkpoint; ernie a model. */
public final class Comfy {
    private final WorkflowBuilder owner;

    Comfy(WorkflowBuilder owner) {
        this.owner = owner;
    }

    public Ops sd1() {
        return new Ops(owner, "sd1", null);
    }

    public Ops sdxl() {
        return new Ops(owner, "sdxl", null);
    }

    /** ERNIE image: the standard model or turbo. */
    public ErnieModels ernie() {
        return new ErnieModels();
    }

    public final class ErnieModels {
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

    public static final class Ops {
        private final WorkflowBuilder owner;
        private final String ecosystem;
        private final String model;

        Ops(WorkflowBuilder owner, String ecosystem, String model) {
            this.owner = owner;
            this.ecosystem = ecosystem;
            this.model = model;
        }

        public Image createImage() {
            return new Image(owner, ecosystem, model);
        }

        @Override
        public String toString() {
            return Choices.of(this, "comfy: choose the operation");
        }
    }

    public static final class Image extends PromptImage<Image> {
        Image(WorkflowBuilder owner, String ecosystem, String model) {
            super(owner, "comfy");
            preset("ecosystem", ecosystem);
            if (model != null) preset("model", model);
            else required("model");
            preset("operation", "createImage");
        }

        /** sd1/sdxl: the checkpoint AIR. */
        public Image model(String air) {
            if ("ernie".equals(input.path("ecosystem").asString()))
                throw new dev.civkit.request.InvalidRequestException(type() + ".input.model", "ernie picks its model with ernie().standard() or .turbo()");
            return air("model", air);
        }

        public Image negativePrompt(String negativePrompt) {
            return put("negativePrompt", negativePrompt);
        }

        public Image size(int width, int height) {
            return whole("width", width, 1, 4096).whole("height", height, 1, 4096);
        }

        public Image steps(int steps) {
            return whole("steps", steps, 1, 200);
        }

        public Image cfgScale(double cfg) {
            return num("cfgScale", cfg);
        }

        public Image sampler(ComfySampler s) {
            return put("sampler", choice("sampler", s, ComfySampler.class));
        }

        public Image sampler(String s) {
            return oneOf("sampler", s, ComfySampler.wires());
        }

        public Image scheduler(ComfyScheduler s) {
            return put("scheduler", choice("scheduler", s, ComfyScheduler.class));
        }

        public Image scheduler(String s) {
            return oneOf("scheduler", s, ComfyScheduler.wires());
        }

        public Image seed(long seed) {
            return whole("seed", seed, 0, 0xFFFF_FFFFL);
        }

        public Image quantity(int quantity) {
            return whole("quantity", quantity, 1, dev.civkit.request.Limits.MAX_QUANTITY);
        }

        public Image lora(String air, double strength) {
            return mapEntry("loras", air, strength);
        }
    }

    @Override
    public String toString() {
        return Choices.of(this, "comfy: choose the ecosystem");
    }
}
