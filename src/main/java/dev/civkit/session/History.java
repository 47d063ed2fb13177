package dev.civkit.session;

import dev.civkit.display.Fit;
import dev.civkit.journal.Entry;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Recent workflows from the journal, one line each in submission order, and what {@code resume()}
 * will do: read from disk, no request sent. Its data: {@link #entries()} (the journal entries shown,
 * oldest first), {@link #picksUp()} (every workflow of the journal resume() will pick up) and
 * {@link #cannotReach()} (every one it will report unreachable, with why, in resume()'s own words),
 * {@link #text()} (every line, as a String). {@code toString()} is the text while JShell would show
 * it whole, else one line; {@link #print()} prints it all.
 *
 * @param outputs the session's output folder as it names it: saved folders are shown under it
 */
public record History(List<Entry> entries, Path journal, Path outputs, List<String> picksUp, List<String> cannotReach) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public History {
        entries = List.copyOf(entries);
        picksUp = List.copyOf(picksUp);
        cannotReach = List.copyOf(cannotReach);
    }

    @Override
    public String toString() {
        return Fit.orSummary(text(), entries.size() + " workflows from " + journal.getFileName()
                + (picksUp.isEmpty() && cannotReach.isEmpty() ? "" : " | " + resumeWords()) + " | print() lists them");
    }

    /** Prints every line; {@code history()} does so itself when JShell would cut them. */
    public void print() {
        System.out.println(text());
    }

    /** One line a workflow (id, status, when it was sent in local time, where it was saved), then what resume() will do. */
    public String text() {
        if (entries.isEmpty() && picksUp.isEmpty() && cannotReach.isEmpty()) return "no workflows in the journal " + journal;
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) sb.append(sb.length() == 0 ? "" : "\n").append(line(e));
        if (!picksUp.isEmpty() || !cannotReach.isEmpty()) {
            long beyond = picksUp.size() + cannotReach.size() - entries.stream().filter(Entry::needsResume).count();
            sb.append(sb.length() == 0 ? "" : "\n").append(resumeWords())
                    .append(beyond > 0 ? " (" + beyond + " older than the lines above)" : "");
            for (String c : cannotReach) sb.append("\n  UNREACHABLE ").append(c);
        }
        return sb.toString();
    }

    /** As resume() will head its answer: "resume() picks up 2, 1 unreachable". */
    private String resumeWords() {
        return "resume() picks up " + picksUp.size() + ", " + cannotReach.size() + " unreachable";
    }

    private String line(Entry e) {
        if (Entry.REJECTED.equals(e.status()))
            return "(key " + e.externalId() + ") rejected: " + e.reason() + (e.time() == null ? "" : " | submitted " + local(e.time()));
        StringBuilder b = new StringBuilder(e.id() == null ? "(no answer; key " + e.externalId() + ")" : e.id())
                .append(' ').append(e.status() == null ? "unknown" : e.status());
        if (e.time() != null) b.append(" | submitted ").append(local(e.time()));
        if (e.downloadedTo() != null) b.append(" | saved in ").append(saved(e.downloadedTo()));
        if (e.needsResume()) {
            String who = who(e);
            String why = e.terminal() ? " | not saved yet, " : " | ";
            if (picksUp.contains(who)) b.append(why).append("resume() picks it up");
            else if (cannotReach.stream().anyMatch(c -> c.startsWith(who + ": "))) b.append(why).append("resume() cannot reach it");
        }
        return b.toString();
    }

    /** The journal's instant in this machine's time zone, to the second. */
    static String local(String instant) {
        try {
            return LOCAL.format(Instant.parse(instant).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** A saved folder under the output folder as the session names it ("outputs/wf_…"); elsewhere, as journalled. */
    private String saved(String dir) {
        try {
            Path d = Path.of(dir).toAbsolutePath().normalize();
            Path root = outputs.toAbsolutePath().normalize();
            if (d.startsWith(root)) return outputs.resolve(root.relativize(d)).toString();
            Path here = Path.of("").toAbsolutePath();
            return d.startsWith(here) ? here.relativize(d).toString() : dir;
        } catch (InvalidPathException e) {
            return dir;
        }
    }

    /** How history() and resume() name a journal entry: its id, else its key (an unsafe id is never printed). */
    static String who(Entry e) {
        if (e.id() != null && Submission.safeId(e.id())) return e.id();
        return e.externalId() != null ? "key " + e.externalId() : "an entry with an unsafe id";
    }
}
