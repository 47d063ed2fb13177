package dev.civkit.dsl;


/** {@code imageBackgroundRemoval}: a cut-out with transparency ({@code output.image}). */
public final class ImageBackgroundRemoval extends TypedStep<ImageBackgroundRemoval> {
    ImageBackgroundRemoval(WorkflowBuilder owner) {
        super("imageBackgroundRemoval", owner);
        required("image");
    }

    public ImageBackgroundRemoval image(Object urlOrRef) {
        return media("image", urlOrRef);
    }

    /** png or webp. */
    public ImageBackgroundRemoval format(String f) {
        return oneOf("format", f, "png", "webp");
    }

    public StepRef cutout() {
        return output("image.url");
    }
}
