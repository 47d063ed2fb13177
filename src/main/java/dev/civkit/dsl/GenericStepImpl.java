package dev.civkit.dsl;

/** {@link GenericStep}'s implementation, package-private so its state and helpers stay out of the API and out of TAB. */
final class GenericStepImpl extends StepBuilderImpl<GenericStep> implements GenericStep {
    GenericStepImpl(String type) {
        super(type);
    }

    @Override
    public GenericStep input(String field, Object value) {
        return set(field, value);
    }
}
