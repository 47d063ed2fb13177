package dev.civkit.dsl;

/**
 * Any step type by name, with a free-form input: the escape hatch for step types the kit has no
 * typed builder for (new ones appear every week).
 */
public interface GenericStep extends StepBuilder<GenericStep> {
    /** Same as {@link #set}: reads better when building an input field by field. */
    GenericStep input(String field, Object value);
}
