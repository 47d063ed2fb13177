package dev.civkit.session;

import java.util.List;

/**
 * What {@code resume()} did: the workflows it picked up (awaited and downloaded) and those it
 * could not reach, each with a reason.
 */
public record Resumed(List<WorkflowHandle> resumed, List<String> unreachable) {
    public Resumed {
        resumed = List.copyOf(resumed);
        unreachable = List.copyOf(unreachable);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("resume: " + resumed.size() + " picked up, " + unreachable.size() + " unreachable");
        for (WorkflowHandle h : resumed) sb.append("\n  ").append(h);
        for (String u : unreachable) sb.append("\n  UNREACHABLE ").append(u);
        return sb.toString();
    }
}
