package dev.civkit.dsl;


/** Base of the videoGen engines: engine fixed, prompt required (VideoGenInput), output a video. */
public abstract class PromptVideo<S extends PromptVideo<S>> extends TypedStep<S> {
    protected PromptVideo(WorkflowBuilder owner, String engine) {
        super("videoGen", owner);
        preset("engine", engine);
        required("prompt");
    }

    public S prompt(String prompt) {
        return text("prompt", prompt);
    }

    public S negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    public S seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    /** The generated video's URL, for an upscaler or interpolation step. */
    public StepRef video() {
        return output("video.url");
    }
}
