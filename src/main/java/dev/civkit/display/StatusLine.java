package dev.civkit.display;

import dev.civkit.client.Job;
import dev.civkit.client.Step;
import dev.civkit.client.Workflow;
import dev.civkit.outputs.Output;
import dev.civkit.outputs.Outputs;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
        List<String> parts = new ArrayList<>();
        parts.add((w.id() == null ? "(no id)" : w.id()) + " " + (w.status() == null ? "?" : w.status()));
        parts.add(steps(w));
        if (w.totalCost() != null) parts.add(buzz(w.totalCost()) + " Buzz");
        String outs = outputs(w);
        if (!outs.isEmpty()) parts.add(outs);
        String took = took(w);
        if (took != null) parts.add(took);
        String why = failure(w);
        if (why != null) parts.add(why);
        return String.join(" | ", parts);
    }

    static String steps(Workflow w) {
        List<String> types = new ArrayList<>();
        for (Step s : w.steps()) types.add(s.type());
        return types.isEmpty() ? "no steps" : String.join(" > ", types);
    }

    /** "2 images, 1 video": counted from the outputs actually present. */
    public static String outputs(Workflow w) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Output o : Outputs.find(w)) counts.merge(o.kind(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(n + " " + kind + (n == 1 ? "" : "s")));
        return String.join(", ", parts);
    }

    /** Why it failed, from the first failed step's job reason. */
    public static String failure(Workflow w) {
        if (!"failed".equals(w.status()) && !"expired".equals(w.status())) return null;
        for (Step s : w.steps()) {
            if (s.jobs() == null) continue;
            for (Job j : s.jobs()) {
                if (j.reason() != null)
                    return "step " + s.name() + ": " + j.reason() + (j.blockedReason() == null ? "" : " (" + j.blockedReason() + ")")
                            + " - " + Reasons.advice(j.reason());
            }
        }
        return null;
    }

    static String took(Workflow w) {
        Instant start = instant(w.createdAt());
        Instant end = instant(w.completedAt());
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

    static Instant instant(String s) {
        if (s == null) return null;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
