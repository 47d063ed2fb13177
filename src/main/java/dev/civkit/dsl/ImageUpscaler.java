package dev.civkit.dsl;


/** {@code imageUpscaler}: one image in, a larger one out ({@code output.blob}). */
public final class ImageUpscaler extends TypedStep<ImageUpscaler> {
    ImageUpscaler(WorkflowBuilder owner) {
        super("imageUpscaler", owner);
        required("image");
    }

    /** A URL, AIR or an earlier step's output, e.g. {@code gen.firstImage()}. */
    public ImageUpscaler image(Object urlOrRef) {
        return media("image", urlOrRef);
    }

    public ImageUpscaler model(String air) {
        return air("model", air);
    }

    /** How many times the 2x upscale runs. */
    public ImageUpscaler numberOfRepeats(int n) {
        return whole("numberOfRepeats", n, 1, 4);
    }

    public StepRef blob() {
        return output("blob.url");
    }
}
