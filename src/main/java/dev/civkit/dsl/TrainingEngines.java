package dev.civkit.dsl;

/** {@code training}: the trainer, then the base model family. */
public final class TrainingEngines {
    private final WorkflowBuilder owner;

    TrainingEngines(WorkflowBuilder owner) {
        this.owner = owner;
    }

    /** AI Toolkit LoRA training, the engine every training recipe in the docs uses. */
    public Ecosystems aiToolkit() {
        return new Ecosystems(owner);
    }

    public static final class Ecosystems {
        private final WorkflowBuilder owner;

        Ecosystems(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public AiToolkit.Checkpoint sdxl() {
            return new AiToolkitImpl.Checkpoint(owner, "sdxl");
        }

        public AiToolkit.Checkpoint sd1() {
            return new AiToolkitImpl.Checkpoint(owner, "sd1");
        }

        public AiToolkit.Standard flux1Dev() {
            return new AiToolkitImpl.Standard(owner, "flux1", "dev");
        }

        public AiToolkit.Standard flux1Schnell() {
            return new AiToolkitImpl.Standard(owner, "flux1", "schnell");
        }

        public AiToolkit.Flux2Klein flux2Klein4b() {
            return new AiToolkitImpl.Flux2Klein(owner, "4b");
        }

        public AiToolkit.Flux2Klein flux2Klein9b() {
            return new AiToolkitImpl.Flux2Klein(owner, "9b");
        }

        /** Wan 2.1 video LoRA. */
        public AiToolkit.Standard wan21() {
            return new AiToolkitImpl.Standard(owner, "wan", "2.1");
        }

        public AiToolkit.Standard ltx2() {
            return new AiToolkitImpl.Standard(owner, "ltx2", null);
        }

        public AiToolkit.Standard ltx23() {
            return new AiToolkitImpl.Standard(owner, "ltx23", null);
        }

        public AiToolkit.Standard chroma() {
            return new AiToolkitImpl.Standard(owner, "chroma", null);
        }

        public AiToolkit.Standard ernie() {
            return new AiToolkitImpl.Standard(owner, "ernie", null);
        }

        public AiToolkit.Qwen qwen() {
            return new AiToolkitImpl.Qwen(owner);
        }

        public AiToolkit.Standard zImageTurbo() {
            return new AiToolkitImpl.Standard(owner, "zimageturbo", null);
        }

        public AiToolkit.Standard zImageBase() {
            return new AiToolkitImpl.Standard(owner, "zimagebase", null);
        }

        @Override
        public String toString() {
            return Choices.of(this, "training: choose the ecosystem");
        }
    }

    public String toString() {
        return Choices.of(this, "training: choose a trainer");
    }
}
