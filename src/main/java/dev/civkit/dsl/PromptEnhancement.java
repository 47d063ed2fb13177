package dev.civkit.dsl;

/** {@code promptEnhancement}: rewrites a prompt for an ecosystem (sdxl, flux1, …). */
public interface PromptEnhancement extends TypedStep<PromptEnhancement> {
    PromptEnhancement ecosystem(String ecosystem);

    PromptEnhancement prompt(String prompt);

    PromptEnhancement negativePrompt(String negativePrompt);

    PromptEnhancement instruction(String instruction);

    PromptEnhancement temperature(double t);

    PromptEnhancement images(Object... urlsOrRefs);

    /** The rewritten prompt, to feed an imageGen step's prompt. */
    default StepRef enhancedPrompt() {
        return output("enhancedPrompt");
    }
}
