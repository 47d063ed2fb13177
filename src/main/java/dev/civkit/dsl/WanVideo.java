package dev.civkit.dsl;

/**
 * {@code engine: wan, version: v2.6, provider: fal}. The types mark cfgScale required, but the
 * docs' recipe leaves it to the server, so it is not checked.
 */
public interface WanVideo extends PromptVideo<WanVideo> {
    WanVideo resolution(String r);

    WanVideo aspectRatio(String ratio);

    WanVideo duration(int seconds);

    WanVideo cfgScale(double cfg);

    WanVideo steps(int steps);

    WanVideo frameRate(int fps);

    WanVideo enablePromptExpansion(boolean on);

    WanVideo images(Object... urlsOrRefs);

    WanVideo lora(String air, double strength);

    final class Ops {
        private final WorkflowBuilder owner;

        Ops(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public WanVideo textToVideo() {
            return new WanVideoImpl(owner, "text-to-video");
        }

        public WanVideo imageToVideo() {
            return new WanVideoImpl(owner, "image-to-video");
        }

        @Override
        public String toString() {
            return Choices.of(this, "wan: choose the operation");
        }
    }
}
