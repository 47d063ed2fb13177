package dev.civkit.dsl;


/**
 * Base of the hosted imageGen engines: the discriminators are fixed at construction, prompt is
 * required, and subclasses publish only the setters their input type has.
 */
public abstract class PromptImage<S extends PromptImage<S>> extends TypedStep<S> {
    protected PromptImage(WorkflowBuilder owner, String engine) {
        super("imageGen", owner);
        preset("engine", engine);
        required("prompt");
    }

    public S prompt(String prompt) {
        return text("prompt", prompt);
    }

    /** jpeg, png or webP: how the images are stored. */
    public S outputFormat(OutputFormat f) {
        return put("outputFormat", choice("outputFormat", f, OutputFormat.class));
    }

    /** Text the service stores with each image as its external metadata. */
    public S imageMetadata(String text) {
        return text("imageMetadata", text);
    }

    public StepRef firstImage() {
        return output("images[0].url");
    }
}
