package dev.civkit.display;

import dev.civkit.client.Job;
import dev.civkit.client.Step;
import dev.civkit.client.Timestamps;
import dev.civkit.client.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What the service says of a workflow it is still working on, read once for the console line and
 * the notebook display alike: the status, which step is at work (when there are several), that
 * step's own estimatedProgressRate (downloads while preparing, generation while processing), and
 * while it waits its job's queuePosition (jobs ahead, estimated start). Nothing is guessed: a field
 * the service leaves out is left out of the line.
 *
 * @param status the workflow's status, or "submitted" before the first answer
 * @param step "step 2/3 upscale" when the workflow has more than one step, else null
 * @param rate the working step's progress 0..1 while it prepares or processes and the service estimates it, else null
 * @param queue "3 jobs ahead, starts in ~12 s" while queued and the service says so, else null
 */
record Progress(String status, String step, Double rate, String queue) {
    private static final Set<String> QUEUED = Set.of("unassigned", "preparing", "scheduled");

    static Progress of(Workflow w, Instant now) {
        String status = w == null || w.status() == null ? "submitted" : w.status();
        if (w == null || w.isTerminal()) return new Progress(status, null, null, null);
        List<Step> steps = w.steps();
        int at = working(steps);
        if (at < 0) return new Progress(status, null, null, null);
        Step s = steps.get(at);
        String stepStatus = s.status() == null ? status : s.status();
        String label = steps.size() > 1 ? "step " + (at + 1) + "/" + steps.size() + " " + name(s) : null;
        Double rate = "processing".equals(stepStatus) || "preparing".equals(stepStatus) ? rate(s) : null;
        String queue = QUEUED.contains(stepStatus) ? queue(s, now) : null;
        // The step's own status says more than the roll-up when several steps are underway.
        return new Progress(steps.size() > 1 ? stepStatus : status, label, rate, queue);
    }

    /** The words after the id: "processing 45%", "step 2/3 upscale scheduled | next in queue, starts in ~2 s". */
    String words() {
        StringBuilder b = new StringBuilder();
        if (step != null) b.append(step).append(' ');
        b.append(status);
        if (rate != null) b.append(' ').append(percent());
        if (queue != null) b.append(" | ").append(queue);
        return b.toString();
    }

    String percent() {
        return rate == null ? "" : Math.round(clamp(rate) * 100) + "%";
    }

    /** 0..1 for a bar, or -1 when the service gives no estimate. */
    double fraction() {
        return rate == null ? -1 : clamp(rate);
    }

    private static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }

    /** The step at work: the first one processing, else the first not yet ended; -1 when none. */
    private static int working(List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) if ("processing".equals(steps.get(i).status())) return i;
        for (int i = 0; i < steps.size(); i++) if (!Workflow.isTerminal(steps.get(i).status())) return i;
        return -1;
    }

    /** A name the user gave, else the step's type: the service names unnamed steps "0" or "$0". */
    private static String name(Step s) {
        String n = s.name();
        if (n == null || n.matches("\\$?\\d+")) return s.type() == null ? "?" : s.type();
        return n;
    }

    private static Double rate(Step s) {
        if (s.estimatedProgressRate() != null) return s.estimatedProgressRate();
        if (s.jobs() == null) return null;
        for (Job j : s.jobs()) if (j.estimatedProgressRate() != null) return j.estimatedProgressRate();
        return null;
    }

    /** From the first job with a queue position the service supports: jobs ahead and the estimated start. */
    private static String queue(Step s, Instant now) {
        if (s.jobs() == null) return null;
        for (Job j : s.jobs()) {
            JsonNode q = j.queuePosition();
            if (q == null || !q.isObject()) continue;
            String support = q.path("support").asString("available");
            if (!support.equals("available")) continue;
            StringBuilder b = new StringBuilder();
            JsonNode ahead = q.get("precedingJobs");
            if (ahead != null && ahead.isNumber()) {
                long n = ahead.asLong();
                b.append(n == 0 ? "next in queue" : n + (n == 1 ? " job" : " jobs") + " ahead");
            }
            Instant start = Timestamps.parse(q.path("startAt").asString(null));
            if (start != null) {
                Duration in = Duration.between(now, start);
                if (b.length() > 0) b.append(", ");
                b.append(in.isNegative() || in.isZero() ? "due to start" : "starts in ~" + StatusLine.seconds(roundUp(in)));
            }
            if (b.length() > 0) return b.toString();
        }
        return null;
    }

    /** To the tenth of a second above, so "in ~0.0 s" never shows for a start still ahead. */
    private static Duration roundUp(Duration d) {
        long tenths = (d.toMillis() + 99) / 100;
        return Duration.ofMillis(tenths * 100);
    }
}
