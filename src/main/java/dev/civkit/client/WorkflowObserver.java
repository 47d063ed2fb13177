package dev.civkit.client;

import java.nio.file.Path;
import java.util.List;

/**
 * Told about every workflow the client receives and every download it completes, so a session
 * can keep its journal without every caller remembering to.
 */
public interface WorkflowObserver {
    WorkflowObserver NONE = new WorkflowObserver() {};

    default void seen(Workflow w) {}

    default void saved(String workflowId, Path dir, List<Path> files, boolean complete) {}
}
