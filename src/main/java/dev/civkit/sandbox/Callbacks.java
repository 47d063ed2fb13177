package dev.civkit.sandbox;

import dev.civkit.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers a workflow's registered callbacks as the orchestrator does: events in order and one
 * at a time per workflow, a non-2xx answer retried with backoff, and {@code processing} events
 * delivered twice (at-least-once, as receivers must expect), with {@code details} when a
 * callback asks to be {@code detailed}.
 */
final class Callbacks {
    static final int TRIES = 6;
    private volatile HttpClient http;
    private final ExecutorService pool;
    private final Duration retryDelay;
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong failedAttempts = new AtomicLong();

    Callbacks(ExecutorService pool, Duration retryDelay) {
        this.pool = pool;
        this.retryDelay = retryDelay;
    }

    /** Built on first delivery: an HttpClient loads the whole TLS stack, which most sessions never need. */
    private HttpClient http() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(pool).build();
                h = http;
            }
        }
        return h;
    }

    /** Emits events for whatever changed since the last call. Caller holds the workflow's monitor. */
    void changed(WorkflowState wf, Duration runTime) {
        if (wf.id == null || !wf.template.path("callbacks").isArray() || wf.template.path("callbacks").isEmpty()) return;
        Instant now = Instant.now();
        ObjectNode rendered = wf.toJson(null, runTime);
        List<ObjectNode[]> events = new ArrayList<>(); // {event, details}
        for (StepState s : wf.steps) {
            String before = wf.seenStep.put(s.name, s.status.wire());
            if (s.status.wire().equals(before) || (before == null && s.status == Status.UNASSIGNED)) continue;
            ObjectNode renderedStep = (ObjectNode) rendered.get("steps").get(s.index);
            ObjectNode step = event("step", wf, s.status.wire(), now);
            step.put("name", s.name);
            ObjectNode stepDetails = Json.object();
            for (String f : List.of("startedAt", "completedAt", "estimatedProgressRate", "input", "output", "metadata"))
                if (renderedStep.has(f)) stepDetails.set(f, renderedStep.get(f).deepCopy());
            stepDetails.put("retries", 0);
            events.add(new ObjectNode[] {step, stepDetails});
            ObjectNode job = event("job", wf, s.status.wire(), now);
            job.put("stepName", s.name);
            job.put("jobId", s.jobId);
            job.put("progress", s.status == Status.SUCCEEDED ? 1.0 : 0.0);
            if (s.reason != null) job.put("reason", s.reason);
            if (s.blockedReason != null) job.put("blockedReason", s.blockedReason);
            events.add(new ObjectNode[] {job, null});
        }
        if (!wf.status.wire().equals(wf.seenStatus)) {
            wf.seenStatus = wf.status.wire();
            ObjectNode details = Json.object();
            for (String f : List.of("createdAt", "startedAt", "completedAt", "metadata", "arguments"))
                details.set(f, rendered.get(f).deepCopy());
            var steps = details.putArray("steps");
            for (JsonNode st : rendered.get("steps")) {
                ObjectNode d = steps.addObject();
                for (String f : List.of("name", "status", "startedAt", "completedAt", "input", "output", "metadata"))
                    if (st.has(f)) d.set(f, st.get(f).deepCopy());
                d.put("cost", st.path("jobs").path(0).path("cost").asDouble(0));
            }
            events.add(new ObjectNode[] {event("workflow", wf, wf.status.wire(), now), details});
        }
        for (JsonNode cb : wf.template.get("callbacks")) {
            String url = cb.path("url").asString("");
            if (url.isEmpty()) continue;
            for (ObjectNode[] e : events) {
                if (!wanted(cb.path("type"), e[0].get("$type").asString(), e[0].get("status").asString())) continue;
                ObjectNode body = e[0].deepCopy();
                if (cb.path("detailed").asBoolean(false) && e[1] != null) body.set("details", e[1]);
                wf.outbox = wf.outbox.thenRunAsync(() -> deliver(url, body), pool);
                if ("processing".equals(body.get("status").asString()))
                    wf.outbox = wf.outbox.thenRunAsync(() -> deliver(url, body), pool);
            }
        }
    }

    private static ObjectNode event(String scope, WorkflowState wf, String status, Instant now) {
        ObjectNode e = Json.object();
        e.put("$type", scope);
        e.put("workflowId", wf.id);
        e.put("status", status);
        e.put("timestamp", now.toString());
        return e;
    }

    static boolean wanted(JsonNode types, String scope, String status) {
        if (!types.isArray() || types.isEmpty()) return true;
        for (JsonNode t : types) {
            String[] p = t.asString("").split(":", 2);
            if (p.length == 2 && p[0].equals(scope) && (p[1].equals("*") || p[1].equals(status))) return true;
        }
        return false;
    }

    /** Runs on the workflow's outbox chain, so the next event waits until this one is through. */
    private void deliver(String url, JsonNode body) {
        HttpRequest req;
        try {
            req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
        } catch (IllegalArgumentException e) {
            return;
        }
        long delay = retryDelay.toMillis();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            try {
                HttpResponse<Void> r = http().send(req, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 == 2) {
                    delivered.incrementAndGet();
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                // receiver down: retried like a non-2xx
            }
            failedAttempts.incrementAndGet();
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delay = Math.min(delay * 2, 30_000);
        }
    }
}
