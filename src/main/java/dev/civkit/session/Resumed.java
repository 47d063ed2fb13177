package dev.civkit.session;

import dev.civkit.display.Fit;
import java.util.List;

/**
 * What {@code resume()} did: the workflows it picked up (awaited and downloaded) and those it
 * could not reach, each with a reason. Its data: {@link #resumed()} and {@link #unreachable()} as
 * lists, {@link #text()} as a String. {@code toString()} is the text while JShell would show it whole,
 * else one line; {@link #print()} prints it all.
 */
public record Resumed(List<WorkflowHandle> resumed, List<String> unreachable) {
    public Resumed {
        resumed = List.copyOf(resumed);
        unreachable = List.copyOf(unreachable);
    }

    @Override
    public String toString() {
        return Fit.orSummary(text(), "resume: " + resumed.size() + " picked up, " + unreachable.size()
                + " unreachable | print() lists them");
    }

    /** Prints every line; {@code resume()} does so itself when JShell would cut them. */
    public void print() {
        System.out.println(text());
    }

    /** A line for each workflow picked up (its whole status line) and each one not reached, with why. */
    public String text() {
        StringBuilder sb = new StringBuilder("resume: " + resumed.size() + " picked up, " + unreachable.size() + " unreachable");
        for (WorkflowHandle h : resumed) sb.append("\n  ").append(h.statusLine());
        for (String u : unreachable) sb.append("\n  UNREACHABLE ").append(u);
        return sb.toString();
    }
}
