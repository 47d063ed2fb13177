package dev.civkit.dsl;

/** {@code training}: the trainer, then the base model family. */
public interface TrainingEngines {
    /** AI Toolkit LoRA training, the engine every training recipe in the docs uses. */
    Ecosystems aiToolkit();

    final class Ecosystems {
        private final WorkflowBuilder owner;

        Ecosystems(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public AiToolkit sdxl() {
            return new AiToolkitImpl(owner, "sdxl", null);
        }

        public AiToolkit sd1() {
            return new AiToolkitImpl(owner, "sd1", null);
        }

        public AiToolkit flux1Dev() {
            return new AiToolkitImpl(owner, "flux1", "dev");
        }

        public AiToolkit flux1Schnell() {
            return new AiToolkitImpl(owner, "flux1", "schnell");
        }

        public AiToolkit flux2Klein4b() {
            return new AiToolkitImpl(owner, "flux2klein", "4b");
        }

        public AiToolkit flux2Klein9b() {
            return new AiToolkitImpl(owner, "flux2klein", "9b");
        }

        /** Wan 2.1 video LoRA. */
        public AiToolkit wan21() {
            return new AiToolkitImpl(owner, "wan", "2.1");
        }

        public AiToolkit ltx2() {
            return new AiToolkitImpl(owner, "ltx2", null);
        }

        public AiToolkit ltx23() {
            return new AiToolkitImpl(owner, "ltx23", null);
        }

        public AiToolkit chroma() {
            return new AiToolkitImpl(owner, "chroma", null);
        }

        public AiToolkit ernie() {
            return new AiToolkitImpl(owner, "ernie", null);
        }

        public AiToolkit qwen() {
            return new AiToolkitImpl(owner, "qwen", null);
        }

        public AiToolkit zImageTurbo() {
            return new AiToolkitImpl(owner, "zimageturbo", null);
        }

        public AiToolkit zImageBase() {
            return new AiToolkitImpl(owner, "zimagebase", null);
        }

        @Override
        public String toString() {
            return Choices.of(this, "training: choose the ecosystem");
        }
    }
}
