package dev.civkit.dsl;

/** Base of the videoGen engines: engine fixed, prompt required (VideoGenInput), output a video. */
public interface PromptVideo<S extends PromptVideo<S>> extends TypedStep<S> {
    S prompt(String prompt);

    S negativePrompt(String negativePrompt);

    S seed(long seed);

    /** The generated video's URL, for an upscaler or interpolation step. */
    StepRef video();
}
