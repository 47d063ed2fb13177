package dev.civkit.client;

import dev.civkit.request.Frames;

/** A workflow ended without succeeding; the message carries every reason the service gave (or says it gave none). */
public final class WorkflowFailedException extends RuntimeException {
    private final String workflowId;
    private final String status;

    public WorkflowFailedException(String workflowId, String status, String reasons) {
        super("Workflow " + workflowId + " " + status + ": " + reasons);
        this.workflowId = workflowId;
        this.status = status;
    }

    public String workflowId() {
        return workflowId;
    }

    public String status() {
        return status;
    }

    /** None unless frames are asked for: this reads as its message at the prompt ({@code CIVKIT_FRAMES=on} shows them). */
    @Override
    public StackTraceElement[] getStackTrace() {
        return Frames.of(super.getStackTrace());
    }
}
