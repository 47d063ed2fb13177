package dev.civkit.dsl;

/** {@code convertImage}: re-encode an image ({@code output: {format, quality}}). */
public interface ConvertImage extends TypedStep<ConvertImage> {
    ConvertImage image(Object urlOrRef);

    /** jpeg or webp with a quality from 1 to 100. */
    ConvertImage to(String format, int quality);

    /** png or gif (no quality setting). */
    ConvertImage to(String format);

    default StepRef blob() {
        return output("blob.url");
    }
}
