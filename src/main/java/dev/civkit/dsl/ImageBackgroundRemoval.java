package dev.civkit.dsl;

/** {@code imageBackgroundRemoval}: a cut-out with transparency ({@code output.image}). */
public interface ImageBackgroundRemoval extends TypedStep<ImageBackgroundRemoval> {
    ImageBackgroundRemoval image(Object urlOrRef);

    /** png or webp. */
    ImageBackgroundRemoval format(String f);

    default StepRef cutout() {
        return output("image.url");
    }
}
