package dev.civkit.dsl;

/**
 * {@code engine: wan, version: v2.6, provider: fal}. The types mark cfgScale required, but the
 * docs' recipe leaves it to the server, so it is not checked.
 */
public interface WanVideo<S extends WanVideo<S>> extends PromptVideo<S> {
    S resolution(String r);

    S duration(int seconds);

    S cfgScale(double cfg);

    S steps(int steps);

    S frameRate(int fps);

    S enablePromptExpansion(boolean on);

    S lora(String air, double strength);

    S negativePrompt(String negativePrompt);

    S seed(long seed);

    interface TextToVideo extends WanVideo<TextToVideo> {
        TextToVideo aspectRatio(String ratio);
    }

    interface ImageToVideo extends WanVideo<ImageToVideo> {
        /** The picture to animate (required). */
        ImageToVideo images(Object... urlsOrRefs);
    }

    final class Ops {
        private final WorkflowBuilder owner;

        Ops(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public TextToVideo textToVideo() {
            return new WanVideoImpl.TextToVideo(owner);
        }

        public ImageToVideo imageToVideo() {
            return new WanVideoImpl.ImageToVideo(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "wan: choose the operation");
        }
    }
}
