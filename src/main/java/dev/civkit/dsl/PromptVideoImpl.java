package dev.civkit.dsl;

/** What videoGen steps share: the prompt fields, as a videoGen step. */
abstract class PromptVideoImpl<S extends PromptVideo<S>> extends PromptStepImpl<S> implements PromptVideo<S> {
    PromptVideoImpl(WorkflowBuilder owner, String engine) {
        super("videoGen", owner, engine);
    }
}
