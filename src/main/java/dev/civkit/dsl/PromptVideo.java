package dev.civkit.dsl;

/**
 * Base of the videoGen engines: engine fixed, prompt required (VideoGenInput), output a video. A
 * negative prompt and a seed are offered by the engines whose types have them.
 */
public interface PromptVideo<S extends PromptVideo<S>> extends TypedStep<S> {
    S prompt(String prompt);

    /** The generated video's URL, for an upscaler or interpolation step. */
    default StepRef video() {
        return output("video.url");
    }
}
