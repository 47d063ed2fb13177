package dev.civkit.dsl;

/**
 * A step taken verbatim from pasted JSON. It keeps every field, known or not, because the point
 * of the raw path is that a body from the docs goes out exactly as it came in.
 */
public interface RawStep extends StepBuilder<RawStep> {

}
