package dev.civkit.wait;

/** await(limit) ran out while the workflow goes on; it is not canceled. */
public final class StillRunningException extends RuntimeException {
    private final String workflowId;

    public StillRunningException(String workflowId, String status, java.time.Duration limit) {
        super("Workflow " + workflowId + " is still " + status + " after " + limit.toSeconds()
                + " s; it keeps running. Wait more with workflow(\"" + workflowId + "\").await()");
        this.workflowId = workflowId;
    }

    public String workflowId() {
        return workflowId;
    }
}
