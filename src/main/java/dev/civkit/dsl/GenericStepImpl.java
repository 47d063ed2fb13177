package dev.civkit.dsl;

final class GenericStepImpl extends StepBuilderImpl<GenericStep> implements GenericStep {
    GenericStepImpl(String type) {
        super(type);
    }

    @Override
    public GenericStep input(String field, Object value) {
        return set(field, value);
    }
}
