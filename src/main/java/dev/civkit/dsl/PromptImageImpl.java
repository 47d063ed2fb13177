package dev.civkit.dsl;

/** What imageGen engines add to the shared prompt fields; sdcpp's are here too, though its type is its own. */
abstract class PromptImageImpl<S extends TypedStep<S>> extends PromptStepImpl<S> {
    PromptImageImpl(WorkflowBuilder owner, String engine) {
        super("imageGen", owner, engine);
    }

    public S outputFormat(OutputFormat f) {
        return put("outputFormat", choice("outputFormat", f, OutputFormat.class));
    }

    public S imageMetadata(String text) {
        return text("imageMetadata", text);
    }

    public S sampleMethod(SampleMethod m) {
        return put("sampleMethod", choice("sampleMethod", m, SampleMethod.class));
    }

    public S schedule(Schedule s) {
        return put("schedule", choice("schedule", s, Schedule.class));
    }
}
