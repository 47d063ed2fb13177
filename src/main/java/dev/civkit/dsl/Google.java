package dev.civkit.dsl;

/** {@code engine: google}: nano-banana-2, nano-banana-pro, imagen4, each offering the fields its official type has. */
public interface Google<S extends Google<S>> extends PromptImage<S> {
    S aspectRatio(String ratio);

    S numImages(int n);

    /** nano-banana: a resolution and reference images. */
    interface NanoBanana<S extends NanoBanana<S>> extends Google<S> {
        /** 1K, 2K or 4K. */
        S resolution(String r);

        /** Reference images. */
        S images(Object... urlsOrRefs);
    }

    interface NanoBanana2 extends NanoBanana<NanoBanana2> {
        NanoBanana2 seed(long seed);

        NanoBanana2 enableWebSearch(boolean on);
    }

    interface NanoBananaPro extends NanoBanana<NanoBananaPro> {}

    interface Imagen4 extends Google<Imagen4> {
        Imagen4 seed(long seed);

        Imagen4 negativePrompt(String negativePrompt);
    }

    final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public NanoBanana2 nanoBanana2() {
            return new GoogleImpl.NanoBanana2(owner);
        }

        public NanoBananaPro nanoBananaPro() {
            return new GoogleImpl.NanoBananaPro(owner);
        }

        public Imagen4 imagen4() {
            return new GoogleImpl.Imagen4(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "google: choose the model");
        }
    }
}
