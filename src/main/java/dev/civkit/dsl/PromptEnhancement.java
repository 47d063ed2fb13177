package dev.civkit.dsl;


/** {@code promptEnhancement}: rewrites a prompt for an ecosystem (sdxl, flux1, …). */
public final class PromptEnhancement extends TypedStep<PromptEnhancement> {
    PromptEnhancement(WorkflowBuilder owner) {
        super("promptEnhancement", owner);
        required("ecosystem", "prompt");
    }

    public PromptEnhancement ecosystem(String ecosystem) {
        return text("ecosystem", ecosystem);
    }

    public PromptEnhancement prompt(String prompt) {
        return text("prompt", prompt);
    }

    public PromptEnhancement negativePrompt(String negativePrompt) {
        return text("negativePrompt", negativePrompt);
    }

    public PromptEnhancement instruction(String instruction) {
        return text("instruction", instruction);
    }

    public PromptEnhancement temperature(double t) {
        return num("temperature", t);
    }

    public PromptEnhancement images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    /** The rewritten prompt, to feed an imageGen step's prompt. */
    public StepRef enhancedPrompt() {
        return output("enhancedPrompt");
    }
}
