package dev.civkit.sandbox;

import dev.civkit.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One workflow: the submitted template (kept whole, so unknown fields echo back) plus live state.
 * Every read and transition holds this object's monitor; {@link #done} completes exactly once, when
 * the workflow turns terminal, which is what wakes held long-polls.
 */
final class WorkflowState {
    private static final Set<String> MANAGED = Set.of("id", "createdAt", "startedAt", "completedAt", "status",
            "steps", "tags", "metadata", "arguments", "callbacks", "tips", "cost", "transactions", "upgradeMode",
            "currencies", "forceRefunded", "allowMatureContent");

    final String id;
    final Instant createdAt = Instant.now();
    final ObjectNode template;
    final List<StepState> steps = new ArrayList<>();
    final ObjectNode cost;
    final ObjectNode transactions;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    Status status = Status.UNASSIGNED;
    /** What callbacks were last told, and the chain that delivers them one after another. */
    final Map<String, String> seenStep = new HashMap<>();
    String seenStatus;
    CompletableFuture<Void> outbox = CompletableFuture.completedFuture(null);
    Instant startedAt, completedAt;
    JsonNode tags, metadata, allowMatureContent;

    final Profile profile;

    /** @param id null for a whatif plan */
    WorkflowState(String id, ObjectNode template, boolean whatif, Profile profile) {
        this.id = id;
        this.profile = profile;
        this.template = template;
        this.tags = template.has("tags") && template.get("tags").isArray() ? template.get("tags") : Json.array();
        this.metadata = template.has("metadata") && template.get("metadata").isObject() ? template.get("metadata") : Json.object();
        this.allowMatureContent = template.get("allowMatureContent");
        long base = 0;
        var factors = new LinkedHashMap<String, Double>();
        JsonNode stepNodes = template.get("steps");
        for (int i = 0; i < stepNodes.size(); i++) {
            ObjectNode st = (ObjectNode) stepNodes.get(i);
            CostModel.StepPrice price = CostModel.price(st.get("$type").asString(), st.get("input"));
            base += price.buzz();
            String stepName = st.has("name") && st.get("name").isString() ? st.get("name").asString() : String.valueOf(i);
            price.factors().forEach((k, v) -> factors.put(stepName + "." + k, v));
            steps.add(new StepState(i, st, price.buzz(), profile));
        }
        this.cost = CostModel.workflowCost(base, factors, template.get("tips"));
        this.transactions = CostModel.transactions(cost.get("total").asLong(), template.get("currencies"), whatif);
    }

    synchronized boolean terminal() { return status.terminal(); }

    /** Recomputes the workflow status from its steps; completes {@link #done} on reaching a terminal one. */
    synchronized void rollUp(Instant now) {
        if (status.terminal()) return;
        boolean allTerminal = steps.stream().allMatch(s -> s.status.terminal());
        Status next;
        if (allTerminal) {
            if (has(Status.FAILED)) next = Status.FAILED;
            else if (has(Status.CANCELED)) next = Status.CANCELED;
            else if (has(Status.EXPIRED)) next = Status.EXPIRED;
            else next = Status.SUCCEEDED;
        } else if (has(Status.PROCESSING) || has(Status.SUCCEEDED)) {
            next = Status.PROCESSING;
        } else if (has(Status.SCHEDULED)) {
            next = Status.SCHEDULED;
        } else {
            next = Status.UNASSIGNED;
        }
        if (next == Status.PROCESSING && startedAt == null) startedAt = now;
        status = next;
        if (next.terminal()) {
            completedAt = now;
            done.complete(null);
        }
    }

    /** Cancels everything not yet terminal; terminal workflows are left exactly as they are. */
    synchronized void cancel(Instant now) {
        if (status.terminal()) return;
        for (StepState s : steps) s.end(Status.CANCELED, now, "canceled");
        status = Status.CANCELED;
        completedAt = now;
        done.complete(null);
    }

    private boolean has(Status s) { return steps.stream().anyMatch(x -> x.status == s); }

    synchronized ObjectNode toJson(BlobLinks links, Duration runTime) {
        ObjectNode w = Json.object();
        if (id == null) w.putNull("id");
        else w.put("id", id);
        w.put("createdAt", createdAt.toString());
        StepState.putTime(w, "startedAt", startedAt);
        StepState.putTime(w, "completedAt", completedAt);
        w.put("status", status.wire());
        for (var e : template.properties()) {
            if (!MANAGED.contains(e.getKey())) w.set(e.getKey(), e.getValue().deepCopy());
        }
        w.set("tags", tags.deepCopy());
        w.set("metadata", metadata.deepCopy());
        w.set("arguments", objectOr(template.get("arguments")));
        w.set("callbacks", template.has("callbacks") && template.get("callbacks").isArray()
                ? template.get("callbacks").deepCopy() : Json.array());
        ObjectNode tips = Json.object();
        JsonNode t = template.get("tips");
        tips.put("civitai", t != null ? t.path("civitai").asDouble(0) : 0);
        tips.put("creators", t != null ? t.path("creators").asDouble(0) : 0);
        w.set("tips", tips);
        w.set("cost", cost.deepCopy());
        w.set("transactions", transactions.deepCopy());
        w.put("upgradeMode", template.path("upgradeMode").asString("manual"));
        w.set("currencies", template.has("currencies") && template.get("currencies").isArray()
                ? template.get("currencies").deepCopy() : Json.array());
        w.put("forceRefunded", false);
        if (allowMatureContent != null) w.set("allowMatureContent", allowMatureContent.deepCopy());
        var arr = w.putArray("steps");
        for (StepState s : steps) arr.add(s.toJson(runTime));
        if (links != null) links.decorate(arr);
        if (profile.isLive()) LiveShape.workflow(w);
        return w;
    }

    private static JsonNode objectOr(JsonNode n) {
        return n != null && n.isObject() ? n.deepCopy() : Json.object();
    }
}
