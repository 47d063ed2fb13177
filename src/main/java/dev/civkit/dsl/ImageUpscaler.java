package dev.civkit.dsl;

/** {@code imageUpscaler}: one image in, a larger one out ({@code output.blob}). */
public interface ImageUpscaler extends TypedStep<ImageUpscaler> {
    /** A URL, AIR or an earlier step's output, e.g. {@code gen.firstImage()}. */
    ImageUpscaler image(Object urlOrRef);

    ImageUpscaler model(String air);

    /** How many times the 2x upscale runs. */
    ImageUpscaler numberOfRepeats(int n);

    default StepRef blob() {
        return output("blob.url");
    }
}
