package dev.civkit.wait;

import dev.civkit.request.Frames;
import java.time.Duration;

/** await(limit) ran out while the workflow goes on; it is not canceled. */
public final class StillRunningException extends RuntimeException {
    private final String workflowId;

    public StillRunningException(String workflowId, String status, Duration limit) {
        this(workflowId, status, limit, null);
    }

    /** {@code why}: what kept the wait from seeing the end (a server that asked to wait longer, a failing read), or null. */
    public StillRunningException(String workflowId, String status, Duration limit, String why) {
        super("Workflow " + workflowId + " is still " + status + " after " + limit.toSeconds()
                + " s; it keeps running. Wait more with workflow(\"" + workflowId + "\").await()"
                + (why == null ? "" : "\n" + why));
        this.workflowId = workflowId;
    }

    public String workflowId() {
        return workflowId;
    }

    /** None unless frames are asked for: this reads as its message at the prompt ({@code CIVKIT_FRAMES=on} shows them). */
    @Override
    public StackTraceElement[] getStackTrace() {
        return Frames.of(super.getStackTrace());
    }
}
