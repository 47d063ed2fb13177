package dev.civkit.dsl;

import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a sweep needs from the workflow it varies, kept off {@link WorkflowBuilder} so that TAB
 * after {@code workflow().} offers only what a person writes.
 */
public final class Variations {
    private Variations() {}

    /** The index of the step with this name, or of the n-th step for "0", "1", …. */
    public static int stepIndex(WorkflowBuilder template, String stepName) {
        return template.stepIndex(stepName);
    }

    /**
     * The request body with these input fields of one step replaced, each through that step's own
     * typed setter (a misspelt field or a value outside an enum is refused); the template is unchanged.
     */
    public static ObjectNode body(WorkflowBuilder template, int stepIndex, Map<String, ?> inputValues) {
        return template.templateWith(stepIndex, inputValues);
    }
}
