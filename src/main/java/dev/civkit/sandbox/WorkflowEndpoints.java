package dev.civkit.sandbox;

import static dev.civkit.sandbox.Http.*;

import com.sun.net.httpserver.HttpExchange;
import dev.civkit.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The workflow endpoints: SubmitWorkflow (and recipes, as one-step workflows), GetWorkflow with its
 * held long-poll, UpdateWorkflow (cancel), QueryWorkflows, PatchWorkflow, DeleteWorkflow, the tag
 * endpoints and the step endpoints.
 */
final class WorkflowEndpoints {
    static final int DEFAULT_TAKE = 20;
    static final int MAX_TAKE = 100;
    private static final Set<String> PATCHABLE = Set.of("metadata", "tags", "allowMatureContent");
    private static final Set<String> STEP_PATCHABLE = Set.of("input", "metadata", "priority", "timeout", "retries");

    private final SandboxConfig config;
    private final WorkflowStore store;
    private final Lifecycle lifecycle;
    private final Faults faults;
    final AtomicInteger created = new AtomicInteger();
    final AtomicLong gatewayCuts = new AtomicLong();
    /** This sandbox's live-shaped workflow numbers. */
    private final AtomicLong liveSequence = new AtomicLong(Ids.firstLiveSequence());

    WorkflowEndpoints(SandboxConfig config, WorkflowStore store, Lifecycle lifecycle, Faults faults) {
        this.config = config;
        this.store = store;
        this.lifecycle = lifecycle;
        this.faults = faults;
    }

    WorkflowState find(String id) {
        WorkflowState wf = store.get(id);
        if (wf == null) throw ApiProblem.notFound("Workflow " + id + " does not exist.");
        return wf;
    }

    /** POST /workflows: a whatif plan, the workflow an externalId already made, or a new one. */
    void submit(HttpExchange ex, JsonNode body, Map<String, String> q, BlobLinks links) {
        Validation.workflowTemplate(body);
        ObjectNode template = (ObjectNode) body.deepCopy();
        double wait = waitSeconds(q);
        JsonNode ext = template.get("externalId");
        String key = ext != null && ext.isString() ? ext.asString() : null;
        if (flag(q, "whatif")) {
            // A key that already made a workflow answers that workflow, whatif or not.
            WorkflowState existing = key == null ? null : store.byExternalId(key);
            if (existing != null) get(ex, existing, 0, links);
            else sendJson(ex, 200, new WorkflowState(null, template, true, config.profile()).toJson(links, config.runTime()));
            return;
        }
        if (faults.plan.hostileNames() && !Json.write(template).contains("\"$ref\"")) {
            for (JsonNode st : template.get("steps")) ((ObjectNode) st).put("name", faults.hostileName("step"));
        }
        var result = store.createOrGet(key, () -> new WorkflowState(Ids.workflow(config.profile(), liveSequence::incrementAndGet), template, false, config.profile()));
        if (result.isNew()) {
            created.incrementAndGet();
            lifecycle.start(result.workflow());
        }
        get(ex, result.workflow(), wait, links);
    }

    /** GET /workflows/{id}: 200 once terminal, else 202; holds up to min(wait, maxWait) unless long-polls are disabled. */
    void get(HttpExchange ex, WorkflowState wf, double waitSeconds, BlobLinks links) {
        if (waitSeconds > 0 && config.holdLongPolls() && !wf.terminal()) {
            long nanos = Math.min(Duration.ofMillis((long) (waitSeconds * 1000)).toNanos(), config.maxWait().toNanos());
            Duration gate = config.profile().gatewayHold();
            if (gate != null && gate.toNanos() < nanos) {
                // The gateway in front gives up first: a still-running workflow's long-poll is cut.
                if (!awaitDone(wf, gate.toNanos())) {
                    gatewayCuts.incrementAndGet();
                    Gateway.cut(ex, gatewayCuts.get());
                    return;
                }
            }
            awaitDone(wf, nanos); // still running after it: answer 202 with the current state
        }
        ObjectNode json = wf.toJson(links, config.runTime());
        sendJson(ex, Status.valueOf(json.get("status").asString().toUpperCase(Locale.ROOT)).terminal() ? 200 : 202, json);
    }

    /** @return whether the workflow turned terminal within {@code nanos} */
    private static boolean awaitDone(WorkflowState wf, long nanos) {
        try {
            wf.done.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PUT /workflows/{id}: metadata, tags, allowMatureContent, and {@code "status": "canceled"}. */
    void update(HttpExchange ex, WorkflowState wf, JsonNode body) {
        if (!body.isObject()) throw ApiProblem.validation("$", "The request body must be a JSON object.");
        JsonNode status = body.get("status");
        if (status != null && !status.isNull() && !"canceled".equals(status.asString("")))
            throw ApiProblem.validation("status", "Only 'canceled' can be requested.");
        JsonNode metadata = body.get("metadata");
        if (metadata != null && !metadata.isNull() && !metadata.isObject())
            throw ApiProblem.validation("metadata", "The metadata field must be an object.");
        JsonNode tags = body.get("tags");
        Validation.tags(tags);
        synchronized (wf) {
            if (metadata != null && metadata.isObject()) wf.metadata = metadata.deepCopy();
            if (tags != null && tags.isArray()) wf.tags = tags.deepCopy();
            JsonNode mature = body.get("allowMatureContent");
            if (mature != null && mature.isBoolean()) wf.allowMatureContent = mature;
            if (status != null && !status.isNull()) cancel(wf);
        }
        sendEmpty(ex, 204);
    }

    private void cancel(WorkflowState wf) {
        synchronized (wf) {
            wf.cancel(Instant.now());
            lifecycle.changed(wf);
        }
    }

    /** GET /workflows: newest first unless ascending; {@code next} is "" on the last page. */
    void query(HttpExchange ex, BlobLinks links) {
        Map<String, List<String>> q = queryAll(ex);
        int take = DEFAULT_TAKE;
        String t = single(q, "take");
        if (t != null) {
            try {
                take = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                take = -1;
            }
            if (take < 1 || take > MAX_TAKE) throw ApiProblem.validation("take", "The take must be a whole number from 1 to " + MAX_TAKE + ".");
        }
        boolean ascending = bool(q, "ascending");
        boolean excludeFailed = bool(q, "excludeFailed");
        bool(q, "hideMatureContent");
        Instant from = date(q, "fromDate"), to = date(q, "toDate");
        List<String> tags = q.getOrDefault("tags", List.of());
        String text = single(q, "query");
        Long after = cursor(single(q, "cursor"), ascending);
        Predicate<WorkflowState> matches = wf -> {
            synchronized (wf) {
                if (from != null && wf.createdAt.isBefore(from)) return false;
                if (to != null && wf.createdAt.isAfter(to)) return false;
                if (excludeFailed && (wf.status == Status.FAILED || wf.status == Status.EXPIRED || wf.status == Status.CANCELED)) return false;
                for (String tag : tags) if (!hasTag(wf.tags, tag)) return false;
                return text == null || text.isBlank() || Json.write(wf.metadata).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
            }
        };
        WorkflowStore.Page page = store.page(after, ascending, take, matches);
        ObjectNode body = Json.object();
        body.put("next", page.last() == null ? "" : encodeCursor(page.last(), ascending));
        ArrayNode items = body.putArray("items");
        for (WorkflowState wf : page.items()) items.add(wf.toJson(links, config.runTime()));
        sendJson(ex, 200, body);
    }

    /** PATCH /workflows/{id}: a JSON Patch over {metadata, tags, allowMatureContent}. */
    void patch(HttpExchange ex, WorkflowState wf, JsonNode patch) {
        JsonPatches.checkShape(patch);
        synchronized (wf) {
            ObjectNode doc = Json.object();
            doc.set("metadata", wf.metadata.deepCopy());
            doc.set("tags", wf.tags.deepCopy());
            doc.set("allowMatureContent", wf.allowMatureContent == null ? doc.nullNode() : wf.allowMatureContent.deepCopy());
            JsonNode out = JsonPatches.apply(doc, patch);
            onlyFields(out, PATCHABLE);
            if (!out.path("metadata").isObject()) throw ApiProblem.validation("metadata", "The metadata must stay an object.");
            Validation.tags(out.get("tags"));
            if (out.get("tags") == null || !out.get("tags").isArray()) throw ApiProblem.validation("tags", "The tags must stay an array.");
            JsonNode mature = out.get("allowMatureContent");
            if (mature != null && !mature.isNull() && !mature.isBoolean())
                throw ApiProblem.validation("allowMatureContent", "The allowMatureContent must be true, false or null.");
            wf.metadata = out.get("metadata");
            wf.tags = out.get("tags");
            wf.allowMatureContent = mature == null || mature.isNull() ? null : mature;
        }
        sendEmpty(ex, 204);
    }

    /** DELETE /workflows/{id}: cancels what still runs, then forgets the workflow. */
    void delete(HttpExchange ex, WorkflowState wf) {
        cancel(wf);
        store.remove(wf.id);
        sendEmpty(ex, 204);
    }

    /** /workflows/{id}/tags[/{tag}]. */
    void tags(HttpExchange ex, String method, WorkflowState wf, String tag, JsonNode body) {
        synchronized (wf) {
            ArrayNode next = (ArrayNode) wf.tags.deepCopy();
            switch (method) {
                case "POST" -> {
                    if (tag != null) throw new ApiProblem(405, "Method Not Allowed", "POST a tag to /tags, not to /tags/{tag}.");
                    if (body == null || !body.isString())
                        throw ApiProblem.validation("$", "The body must be the tag as a JSON string, e.g. \"portraits\".");
                    if (!hasTag(next, body.asString())) next.add(body.asString());
                }
                case "DELETE" -> {
                    if (tag == null) next.removeAll();
                    else for (int i = next.size() - 1; i >= 0; i--) if (next.get(i).asString("").equals(tag)) next.remove(i);
                }
                default -> throw new ApiProblem(405, "Method Not Allowed", "The tags endpoint accepts POST and DELETE.");
            }
            Validation.tags(next);
            wf.tags = next;
        }
        sendEmpty(ex, 204);
    }

    /** /workflows/{id}/steps/{name}: GET any time; PUT and PATCH only before the step starts. */
    void step(HttpExchange ex, String method, WorkflowState wf, String name, BlobLinks links) {
        synchronized (wf) {
            StepState step = findStep(wf, name);
            switch (method) {
                case "GET" -> {
                    ObjectNode json = step.toJson(config.runTime());
                    links.decorate(json);
                    if (config.profile().isLive()) LiveShape.step(json, wf.id);
                    sendJson(ex, 200, json);
                }
                case "PUT" -> {
                    JsonNode body = readJson(ex);
                    JsonNode metadata = body.get("metadata");
                    if (!body.isObject() || metadata == null || !metadata.isObject())
                        throw ApiProblem.validation("metadata", "The metadata field is required and must be an object.");
                    requireAmendable(wf, step);
                    step.metadata = metadata.deepCopy();
                    sendEmpty(ex, 204);
                }
                case "PATCH" -> {
                    JsonNode patch = readJson(ex);
                    JsonPatches.checkShape(patch);
                    requireAmendable(wf, step);
                    patchStep(step, patch);
                    sendEmpty(ex, 204);
                }
                default -> throw new ApiProblem(405, "Method Not Allowed", "A step accepts GET, PUT and PATCH.");
            }
        }
    }

    private static void patchStep(StepState step, JsonNode patch) {
        ObjectNode doc = Json.object();
        doc.set("input", step.input == null ? Json.object() : step.input.deepCopy());
        doc.set("metadata", step.metadata.deepCopy());
        for (String f : List.of("priority", "timeout", "retries")) if (step.template.has(f)) doc.set(f, step.template.get(f).deepCopy());
        JsonNode out = JsonPatches.apply(doc, patch);
        onlyFields(out, STEP_PATCHABLE);
        if (!out.path("input").isObject()) throw ApiProblem.validation("input", "The input must stay an object.");
        if (!out.path("metadata").isObject()) throw ApiProblem.validation("metadata", "The metadata must stay an object.");
        JsonNode priority = out.get("priority");
        if (priority != null && !Set.of("low", "normal", "high").contains(priority.asString("")))
            throw ApiProblem.validation("priority", "The priority must be one of low, normal, high.");
        step.input = out.get("input");
        step.template.set("input", out.get("input").deepCopy());
        step.metadata = out.get("metadata");
        for (String f : List.of("priority", "timeout", "retries")) {
            if (out.has(f)) step.template.set(f, out.get(f).deepCopy());
            else step.template.remove(f);
        }
    }

    private static void requireAmendable(WorkflowState wf, StepState step) {
        if (!step.amendable())
            throw new ApiProblem(409, "Conflict", "Step '" + step.name + "' of " + wf.id + " is " + step.status.wire()
                    + ": a step can be changed only before it starts.");
    }

    private static StepState findStep(WorkflowState wf, String name) {
        for (StepState s : wf.steps) if (s.name.equals(name)) return s;
        throw ApiProblem.notFound("Workflow " + wf.id + " has no step named '" + name + "'.");
    }

    private static void onlyFields(JsonNode doc, Set<String> allowed) {
        if (!doc.isObject()) throw ApiProblem.validation("$", "The patch must leave an object with " + allowed + ".");
        for (String f : doc.propertyNames())
            if (!allowed.contains(f)) throw ApiProblem.validation("/" + f, "Only " + allowed + " can be patched here.");
    }

    private static boolean hasTag(JsonNode tags, String tag) {
        for (JsonNode t : tags) if (t.asString("").equals(tag)) return true;
        return false;
    }

    private static String single(Map<String, List<String>> q, String name) {
        List<String> v = q.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    private static boolean bool(Map<String, List<String>> q, String name) {
        String v = single(q, name);
        if (v == null || v.equalsIgnoreCase("false")) return false;
        if (v.isEmpty() || v.equalsIgnoreCase("true")) return true;
        throw ApiProblem.validation(name, "The " + name + " must be true or false.");
    }

    /** ISO 8601 with an offset, or a plain date meaning its midnight UTC. */
    private static Instant date(Map<String, List<String>> q, String name) {
        String v = single(q, name);
        if (v == null || v.isBlank()) return null;
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ApiProblem.validation(name, "The " + name + " must be an ISO 8601 date-time such as 2025-01-31T00:00:00Z.");
            }
        }
    }

    // Opaque to clients; it carries the direction so a cursor cannot be replayed the other way.
    private static String encodeCursor(long seq, boolean ascending) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(((ascending ? "a" : "d") + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static Long cursor(String c, boolean ascending) {
        if (c == null || c.isEmpty()) return null;
        try {
            String s = new String(Base64.getUrlDecoder().decode(c), StandardCharsets.UTF_8);
            if (s.charAt(0) != (ascending ? 'a' : 'd')) throw new IllegalArgumentException();
            return Long.parseLong(s.substring(1));
        } catch (RuntimeException e) {
            throw ApiProblem.validation("cursor", "The cursor is not one this query returned (it must come from 'next', with the same ascending).");
        }
    }
}
