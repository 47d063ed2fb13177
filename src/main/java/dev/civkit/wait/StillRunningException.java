package dev.civkit.wait;

import dev.civkit.request.Frames;
import java.time.Duration;

/** await(limit) ran out while the workflow goes on; it is not canceled. */
public final class StillRunningException extends RuntimeException {
    private final String workflowId;
    private final String status;
    private final Duration limit;
    private final String why;

    public StillRunningException(String workflowId, String status, Duration limit) {
        this(workflowId, status, limit, null);
    }

    /** {@code why}: what kept the wait from seeing the end (a server that asked to wait longer, a failing read), or null. */
    public StillRunningException(String workflowId, String status, Duration limit, String why) {
        this(workflowId, status, limit, why, "workflow(\"" + workflowId + "\").await()");
    }

    private StillRunningException(String workflowId, String status, Duration limit, String why, String waitMore) {
        super("Workflow " + workflowId + " is still " + status + " after " + limit.toSeconds()
                + " s; it keeps running. Wait more with " + waitMore + (why == null ? "" : "\n" + why));
        this.workflowId = workflowId;
        this.status = status;
        this.limit = limit;
        this.why = why;
    }

    /** The same, saying how to wait more in the words of the front end that waited ({@code waitMore}). */
    public StillRunningException waitMoreWith(String waitMore) {
        return new StillRunningException(workflowId, status, limit, why, waitMore);
    }

    public String workflowId() {
        return workflowId;
    }

    /** The status the workflow had when the wait ran out. */
    public String status() {
        return status;
    }

    /** None unless frames are asked for: this reads as its message at the prompt ({@code CIVKIT_FRAMES=on} shows them). */
    @Override
    public StackTraceElement[] getStackTrace() {
        return Frames.of(super.getStackTrace());
    }
}
