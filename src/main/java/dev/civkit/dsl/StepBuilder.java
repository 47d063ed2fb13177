package dev.civkit.dsl;

import tools.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/**
 * What every step has besides its input: a name other steps can reference, priority, timeout,
 * retries and metadata. Subclasses add typed setters for their input.
 */
public interface StepBuilder<S extends StepBuilder<S>> {
    String type();

    /** The name later steps use in {@code $ref}; defaults to the step's index. */
    S name(String name);

    S priority(Priority p);

    S timeout(Duration d);

    S retries(int n);

    S metadata(String key, Object value);

    /** Any input field, for what the typed setters do not cover yet. */
    S set(String field, Object value);

    S setAll(Map<String, ?> fields);

    /** This step alone, as it would be sent: always the complete JSON, compact; prints nothing. */
    String toJson();

    /** This step alone as a tree, a copy. */
    JsonNode toJsonNode();

    /** Prints this step whole and indented. */
    void printJson();
}
