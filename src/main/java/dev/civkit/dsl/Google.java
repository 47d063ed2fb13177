package dev.civkit.dsl;

/** {@code engine: google}: nano-banana-2, nano-banana-pro, imagen4. */
public interface Google extends PromptImage<Google> {
    Google aspectRatio(String ratio);

    /** nano-banana: 1K, 2K or 4K. */
    Google resolution(String r);

    Google numImages(int n);

    /** nano-banana: reference images. */
    Google images(Object... urlsOrRefs);

    Google seed(long seed);

    /** imagen4. */
    Google negativePrompt(String negativePrompt);

    /** nano-banana-2. */
    Google enableWebSearch(boolean on);

    final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Google nanoBanana2() {
            return new GoogleImpl(owner, "nano-banana-2");
        }

        public Google nanoBananaPro() {
            return new GoogleImpl(owner, "nano-banana-pro");
        }

        public Google imagen4() {
            return new GoogleImpl(owner, "imagen4");
        }

        @Override
        public String toString() {
            return Choices.of(this, "google: choose the model");
        }
    }
}
