package dev.civkit.dsl;

abstract class PromptImageImpl<S extends PromptImage<S>> extends TypedStepImpl<S> implements PromptImage<S> {
    PromptImageImpl(WorkflowBuilder owner, String engine) {
        super("imageGen", owner);
        preset("engine", engine);
        required("prompt");
    }

    @Override
    public S prompt(String prompt) {
        return text("prompt", prompt);
    }

    @Override
    public S outputFormat(OutputFormat f) {
        return put("outputFormat", choice("outputFormat", f, OutputFormat.class));
    }

    @Override
    public S imageMetadata(String text) {
        return text("imageMetadata", text);
    }
}
