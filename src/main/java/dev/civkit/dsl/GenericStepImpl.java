package dev.civkit.dsl;

/** What {@link GenericStep} does behind its interface: the presets, state and checks users never call. */
final class GenericStepImpl extends StepBuilderImpl<GenericStep> implements GenericStep {
    GenericStepImpl(String type) {
        super(type);
    }

    @Override
    public GenericStep input(String field, Object value) {
        return set(field, value);
    }
}
