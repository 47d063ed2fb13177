package dev.civkit.sandbox;

import dev.civkit.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One step and its single job. Guarded by the owning {@link WorkflowState}'s monitor. */
final class StepState {
    private static final Set<String> MANAGED = Set.of("$type", "name", "priority", "metadata", "status", "startedAt",
            "completedAt", "estimatedProgressRate", "jobs", "input", "output");

    final int index;
    final String name;
    final String type;
    final ObjectNode template;
    final String jobId;
    final long price;
    JsonNode input;
    /** UpdateWorkflowStep and PatchWorkflowStep replace it while the step is still queued. */
    JsonNode metadata;
    Status status = Status.UNASSIGNED;
    Instant scheduledAt, startedAt, completedAt;
    /** When a scheduled step is due to start: what its job's queuePosition.startAt says. */
    Instant startAt;
    long processingStartNanos;
    ObjectNode output;
    String reason, blockedReason;

    StepState(int index, ObjectNode template, long price, Profile profile) {
        this.index = index;
        this.template = template;
        this.type = template.get("$type").asString();
        this.jobId = Ids.job(profile);
        JsonNode n = template.get("name");
        // The live service names an unnamed step by its $ref index.
        this.name = n != null && n.isString() ? n.asString() : (profile.isLive() ? "$" : "") + index;
        this.input = template.get("input");
        JsonNode m = template.get("metadata");
        this.metadata = m != null && m.isObject() ? m : Json.object();
        this.price = price;
    }

    /** Only a step still waiting to run may be amended: once it runs, its input is spent. */
    boolean amendable() {
        return status == Status.UNASSIGNED || status == Status.PREPARING || status == Status.SCHEDULED;
    }

    void end(Status to, Instant now, String why) {
        if (status.terminal()) return;
        status = to;
        completedAt = now;
        reason = why;
    }

    ObjectNode toJson(Duration runTime) {
        ObjectNode s = Json.object();
        s.put("$type", type);
        s.put("name", name);
        for (var e : template.properties()) {
            if (!MANAGED.contains(e.getKey())) s.set(e.getKey(), e.getValue().deepCopy());
        }
        JsonNode priority = template.get("priority");
        s.put("priority", priority != null && priority.isString() ? priority.asString() : "normal");
        s.set("metadata", metadata.deepCopy());
        s.put("status", status.wire());
        putTime(s, "startedAt", startedAt);
        putTime(s, "completedAt", completedAt);
        Double progress = progress(runTime);
        if (progress == null) s.putNull("estimatedProgressRate");
        else s.put("estimatedProgressRate", progress);
        ObjectNode job = s.putArray("jobs").addObject();
        job.put("id", jobId);
        job.put("status", status.wire());
        job.put("cost", price);
        putTime(job, "startedAt", startedAt);
        putTime(job, "completedAt", completedAt);
        if (progress == null) job.putNull("estimatedProgressRate");
        else job.put("estimatedProgressRate", progress);
        if (status == Status.UNASSIGNED) {
            // Not in a queue yet (a step waits for the one it refers to): no position to give.
            job.putObject("queuePosition").put("support", "unavailable");
        } else if (status == Status.SCHEDULED) {
            // The sandbox queues nothing behind other work: each step waits its queue time, then runs its run time.
            ObjectNode q = job.putObject("queuePosition");
            q.put("support", "available");
            q.put("precedingJobs", 0);
            putTime(q, "startAt", startAt);
            putTime(q, "completeAt", startAt == null ? null : startAt.plus(runTime));
        }
        if (reason != null) job.put("reason", reason);
        if (blockedReason != null) job.put("blockedReason", blockedReason);
        s.set("input", input == null ? Json.object() : input.deepCopy());
        if (output != null) s.set("output", output.deepCopy());
        return s;
    }

    /** 0 while queued, rising towards 1 while processing, null once terminal (as upstream clears it). */
    private Double progress(Duration runTime) {
        return switch (status) {
            case SCHEDULED, PREPARING -> 0.0;
            case PROCESSING -> {
                long total = Math.max(1, runTime.toNanos());
                double p = (System.nanoTime() - processingStartNanos) / (double) total;
                yield Math.round(Math.max(0, Math.min(0.99, p)) * 1000) / 1000.0;
            }
            default -> null;
        };
    }

    static void putTime(ObjectNode n, String field, Instant t) {
        if (t == null) n.putNull(field);
        else n.put(field, t.toString());
    }
}
