package dev.civkit.wait;

import dev.civkit.client.Workflow;

/** Told about every fresh view of a workflow while the kit waits for it. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void update(Workflow w) {}

        @Override
        public void finish(Workflow w) {}
    };

    void update(Workflow w);

    /** Whether a person is watching: then the waiter refreshes the view while a long-poll is held. */
    default boolean visible() {
        return false;
    }

    /** The wait is over (the workflow ended, or the wait was stopped); w is the last view. */
    void finish(Workflow w);
}
