package dev.civkit.dsl;

/**
 * Any step type by name, with a free-form input: the escape hatch for step types the kit has no
 * typed builder for (new ones appear every week).
 */
public final class GenericStep extends StepBuilder<GenericStep> {
    public GenericStep(String type) {
        super(type);
    }

    /** Same as {@link #set}: reads better when building an input field by field. */
    public GenericStep input(String field, Object value) {
        return set(field, value);
    }
}
