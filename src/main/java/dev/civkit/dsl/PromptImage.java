package dev.civkit.dsl;

/**
 * Base of the hosted imageGen engines: the discriminators are fixed at construction, prompt is
 * required, and subclasses publish only the setters their input type has.
 */
public interface PromptImage<S extends PromptImage<S>> extends TypedStep<S> {
    S prompt(String prompt);

    /** jpeg, png or webP: how the images are stored. */
    S outputFormat(OutputFormat f);

    /** Text the service stores with each image as its external metadata. */
    S imageMetadata(String text);

    /** The URL of the first picture this step makes, for a later step's input. */
    default StepRef firstImage() {
        return output("images[0].url");
    }
}
