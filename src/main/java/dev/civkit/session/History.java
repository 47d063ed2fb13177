package dev.civkit.session;

import dev.civkit.display.Fit;
import dev.civkit.journal.Entry;
import java.nio.file.Path;
import java.util.List;

/**
 * Recent workflows from the journal, one status line each; read from disk, no request sent. Its data:
 * {@link #entries()} (the journal entries, newest last) and {@link #text()} (every line, as a String).
 * {@code toString()} is the text while JShell would show it whole, else one line; {@link #print()} prints it all.
 */
public record History(List<Entry> entries, Path journal) {
    public History {
        entries = List.copyOf(entries);
    }

    @Override
    public String toString() {
        String all = text();
        long open = entries.stream().filter(Entry::needsResume).count();
        return Fit.orSummary(all, entries.size() + " workflows from " + journal.getFileName()
                + (open > 0 ? ", " + open + " unfinished: resume()" : "") + " | print() lists them");
    }

    /** Prints every line; {@code history()} does so itself when JShell would cut them. */
    public void print() {
        System.out.println(text());
    }

    /** One status line a workflow, and what resume() would pick up. */
    public String text() {
        if (entries.isEmpty()) return "no workflows in the journal " + journal;
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) sb.append(sb.length() == 0 ? "" : "\n").append(e.describe());
        long open = entries.stream().filter(Entry::needsResume).count();
        if (open > 0) sb.append("\n").append(open).append(" unfinished or not downloaded: resume() picks them up");
        return sb.toString();
    }
}
