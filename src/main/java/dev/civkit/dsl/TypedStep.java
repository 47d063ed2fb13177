package dev.civkit.dsl;

import dev.civkit.session.Quote;
import dev.civkit.session.WorkflowHandle;

/**
 * A step with typed setters for one documented input shape. Knows the workflow it was started
 * from, so a chain can go back to it ({@link #then()}) or send it, and knows its own name, so
 * later steps can reference its output.
 */
public interface TypedStep<S extends TypedStep<S>> extends StepBuilder<S> {
    /** Back to the workflow, to add the next step or send it. */
    WorkflowBuilder then();

    /** The price of the workflow this step is in; nothing runs. */
    default Quote whatif() {
        return then().whatif();
    }

    /** Sends the workflow this step is in. */
    default WorkflowHandle submit() {
        return then().submit();
    }

    /** Sends the workflow this step is in and waits for it. */
    default WorkflowHandle run() {
        return then().run();
    }

    /** A value from this step's output once it has run, e.g. {@code output("images[0].url")}. */
    StepRef output(String path);
}
