package dev.civkit.wait;

import dev.civkit.client.Deadline;
import dev.civkit.client.Workflow;

/** How the waiter reads a workflow: the client's GetWorkflow, or a script in a unit test. */
@FunctionalInterface
interface WorkflowReader {
    /** GetWorkflow held up to {@code waitSeconds} (0: at once), over by {@code deadline}. */
    Workflow read(String id, int waitSeconds, Deadline deadline);
}
