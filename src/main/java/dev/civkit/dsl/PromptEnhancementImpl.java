package dev.civkit.dsl;

final class PromptEnhancementImpl extends TypedStepImpl<PromptEnhancement> implements PromptEnhancement {
    PromptEnhancementImpl(WorkflowBuilder owner) {
        super("promptEnhancement", owner);
        required("ecosystem", "prompt");
    }

    @Override
    public PromptEnhancement ecosystem(String ecosystem) {
        return text("ecosystem", ecosystem);
    }

    @Override
    public PromptEnhancement prompt(String prompt) {
        return text("prompt", prompt);
    }

    @Override
    public PromptEnhancement negativePrompt(String negativePrompt) {
        return text("negativePrompt", negativePrompt);
    }

    @Override
    public PromptEnhancement instruction(String instruction) {
        return text("instruction", instruction);
    }

    @Override
    public PromptEnhancement temperature(double t) {
        return num("temperature", t);
    }

    @Override
    public PromptEnhancement images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }
}
