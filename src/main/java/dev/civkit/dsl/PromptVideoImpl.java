package dev.civkit.dsl;

/** What videoGen steps share; negativePrompt and seed are public here for the engines whose interfaces offer them. */
abstract class PromptVideoImpl<S extends PromptVideo<S>> extends TypedStepImpl<S> implements PromptVideo<S> {
    PromptVideoImpl(WorkflowBuilder owner, String engine) {
        super("videoGen", owner);
        preset("engine", engine);
        required("prompt");
    }

    @Override
    public S prompt(String prompt) {
        return text("prompt", prompt);
    }

    public S negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    public S seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }
}
