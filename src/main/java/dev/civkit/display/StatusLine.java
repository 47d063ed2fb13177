package dev.civkit.display;

import dev.civkit.client.Timestamps;
import dev.civkit.outputs.DownloadResult;
import dev.civkit.client.Step;
import dev.civkit.client.Workflow;
import dev.civkit.outputs.Output;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line that says where a workflow stands: id, status, step types, cost, outputs, time.
 * Plain ASCII, because a JShell on a POSIX locale prints anything else as '?'.
 */
public final class StatusLine {
    private StatusLine() {}

    public static String of(Workflow w) {
        return of(w, null, null);
    }

    /** With what a download saved or could not: a workflow that succeeded without files never reads as fine. */
    public static String of(Workflow w, DownloadResult saved, Path savedIn) {
        List<String> parts = new ArrayList<>();
        parts.add(head(w));
        parts.add(steps(w));
        parts.addAll(facts(w));
        String why = failure(w);
        if (why != null) parts.add(why);
        if (saved != null && !saved.saved().isEmpty()) parts.add("saved in " + savedIn);
        if (saved != null && !saved.missing().isEmpty())
            parts.add(saved.missing().size() + " not saved: " + firstReason(saved));
        String none = nothingSaved(w, saved);
        if (none != null) parts.add(none);
        return String.join(" | ", parts);
    }

    /**
     * The line within {@link Fit#VAR} characters, so {@code var h = w.run()} shows it whole in JShell:
     * the id and status always, then steps, cost, outputs, time and reason while they fit; a reason
     * that does not fit is cut with "…". {@link #of} has everything.
     */
    public static String brief(Workflow w, DownloadResult saved, Path savedIn) {
        String full = of(w, saved, savedIn);
        if (full.length() <= Fit.VAR) return full;
        StringBuilder b = new StringBuilder(head(w));
        List<Step> steps = w.steps();
        List<String> rest = new ArrayList<>();
        rest.add(steps.isEmpty() ? "no steps" : steps.get(0).type() + (steps.size() == 1 ? "" : " +" + (steps.size() - 1)));
        rest.addAll(facts(w));
        String more = failure(w);
        if (more == null && saved != null && !saved.missing().isEmpty()) more = saved.missing().size() + " not saved";
        if (more == null) more = nothingSaved(w, saved) == null ? null : "nothing saved";
        // What went wrong outranks the time: keep room for the start of it.
        int keep = more == null ? 0 : 3 + Math.min(more.length(), 24);
        for (String part : rest) if (b.length() + 3 + part.length() + keep <= Fit.VAR) b.append(" | ").append(part);
        if (more != null) {
            int room = Fit.VAR - b.length() - 3;
            if (room >= 12) b.append(" | ").append(more.length() <= room ? more : more.substring(0, room - 3) + "...");
        }
        return b.toString();
    }

    private static String head(Workflow w) {
        return (w.id() == null ? "(no id)" : w.id()) + " " + (w.status() == null ? "?" : w.status());
    }

    /** Cost, outputs and time, as far as the workflow says them. */
    private static List<String> facts(Workflow w) {
        List<String> facts = new ArrayList<>();
        if (w.totalCost() != null) facts.add(buzz(w.totalCost()) + " Buzz");
        String outs = outputs(w);
        if (!outs.isEmpty()) facts.add(outs);
        String took = took(w);
        if (took != null) facts.add(took);
        return facts;
    }

    private static String firstReason(DownloadResult r) {
        DownloadResult.Missing m = r.missing().get(0);
        return m.output().blob().id() + ": " + m.reason() + (r.missing().size() > 1 ? " (and more: see download().missing())" : "");
    }

    /**
     * Says what is wrong when a succeeded workflow has nothing to show: no outputs in the answer
     * (and no text results either), or none of them saved. Null when there is nothing to say.
     */
    public static String nothingSaved(Workflow w, DownloadResult saved) {
        if (!w.succeeded()) return null;
        if (Output.allIn(w).isEmpty()) {
            if (hasText(w)) return null;
            return "no output files: the service reported success but its answer names no output (see json())";
        }
        if (saved != null && saved.saved().isEmpty() && !saved.missing().isEmpty())
            return "nothing saved: none of the " + saved.missing().size() + " outputs could be saved";
        return null;
    }

    private static boolean hasText(Workflow w) {
        for (Step s : w.steps()) {
            if (s.output() == null) continue;
            for (var e : s.output().properties()) if (e.getValue().isString() && !e.getValue().asString().isBlank()) return true;
        }
        return false;
    }

    static String steps(Workflow w) {
        List<String> types = new ArrayList<>();
        for (Step s : w.steps()) types.add(s.type());
        return types.isEmpty() ? "no steps" : String.join(" > ", types);
    }

    /** "2 images, 1 video": counted from the outputs actually present. */
    public static String outputs(Workflow w) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Output o : Output.allIn(w)) counts.merge(o.kind(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(n + " " + kind + (n == 1 ? "" : "s")));
        return String.join(", ", parts);
    }

    /**
     * Why it failed or expired, from every place the service puts a reason, or that it gave none;
     * a refund is said too.
     */
    public static String failure(Workflow w) {
        if (!"failed".equals(w.status()) && !"expired".equals(w.status())) return null;
        return Reasons.summary(w);
    }

    /** Why a workflow ended without its outputs, in one line: every reason for a failure, or that it was canceled (and refunded). */
    public static String why(Workflow w) {
        if ("canceled".equals(w.status())) return "canceled" + (Reasons.refunded(w) ? " | refunded" : "");
        return Reasons.summary(w);
    }

    static String took(Workflow w) {
        Instant start = Timestamps.parse(w.createdAt());
        Instant end = Timestamps.parse(w.completedAt());
        if (start == null || end == null) return null;
        return seconds(Duration.between(start, end));
    }

    public static String seconds(Duration d) {
        long ms = Math.max(0, d.toMillis());
        if (ms < 60_000) return String.format("%.1f s", ms / 1000.0);
        return String.format("%d m %02d s", ms / 60_000, (ms / 1000) % 60);
    }

    public static String buzz(double amount) {
        return amount == Math.rint(amount) ? Long.toString((long) amount) : String.format("%.2f", amount);
    }
}
