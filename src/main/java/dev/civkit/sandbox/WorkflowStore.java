package dev.civkit.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Workflows by id, in creation order for QueryWorkflows, plus the externalId index that makes
 * resubmission idempotent.
 */
final class WorkflowStore {
    private final Map<String, WorkflowState> byId = new ConcurrentHashMap<>();
    private final Map<String, String> byExternalId = new ConcurrentHashMap<>();
    // ULIDs made in the same millisecond do not sort by creation, so queries page by this counter.
    private final NavigableMap<Long, WorkflowState> bySeq = new ConcurrentSkipListMap<>();
    private final Map<String, Long> seqOf = new ConcurrentHashMap<>();
    private long nextSeq;
    /** Where accepted workflows are remembered across processes, or null (in memory only). */
    private final SandboxState state;

    WorkflowStore() {
        this(null);
    }

    WorkflowStore(SandboxState state) {
        this.state = state;
    }

    record Created(WorkflowState workflow, boolean isNew) {}

    /** One page of a query and the position of its last item (null when nothing follows). */
    record Page(List<WorkflowState> items, Long last) {}

    WorkflowState get(String id) { return byId.get(id); }

    WorkflowState byExternalId(String externalId) {
        String id = byExternalId.get(externalId);
        return id == null ? null : byId.get(id);
    }

    /** A known externalId answers its existing workflow instead of creating (and charging) another. */
    Created createOrGet(String externalId, Supplier<WorkflowState> factory) {
        if (externalId == null) {
            WorkflowState wf = factory.get();
            add(wf);
            return new Created(wf, true);
        }
        boolean[] made = {false};
        String id = byExternalId.computeIfAbsent(externalId, k -> {
            WorkflowState wf = factory.get();
            add(wf);
            made[0] = true;
            return wf.id;
        });
        return new Created(byId.get(id), made[0]);
    }

    private synchronized void add(WorkflowState wf) {
        if (state != null && wf.id != null) state.added(wf.id, wf.template, wf.createdAt);
        index(wf);
    }

    /** A workflow remembered from an earlier process: indexed again, not written down again. */
    synchronized void restore(WorkflowState wf) {
        JsonNode ext = wf.template.get("externalId");
        if (ext != null && ext.isString()) byExternalId.put(ext.asString(), wf.id);
        index(wf);
    }

    private void index(WorkflowState wf) {
        long seq = nextSeq++;
        byId.put(wf.id, wf);
        seqOf.put(wf.id, seq);
        bySeq.put(seq, wf);
    }

    /** DeleteWorkflow: gone for every later call; its externalId may then make a new one. */
    synchronized boolean remove(String id) {
        WorkflowState wf = byId.remove(id);
        if (wf == null) return false;
        if (state != null) state.removed(id);
        Long seq = seqOf.remove(id);
        if (seq != null) bySeq.remove(seq);
        byExternalId.values().remove(id);
        return true;
    }

    /** Up to {@code take} matching workflows after position {@code after} (exclusive; null = from the start). */
    Page page(Long after, boolean ascending, int take, Predicate<WorkflowState> matches) {
        NavigableMap<Long, WorkflowState> view = ascending ? bySeq : bySeq.descendingMap();
        if (after != null) view = view.tailMap(after, false);
        List<WorkflowState> items = new ArrayList<>();
        Long last = null;
        for (var e : view.entrySet()) {
            if (!matches.test(e.getValue())) continue;
            if (items.size() == take) return new Page(items, last); // one more exists: the cursor continues
            items.add(e.getValue());
            last = e.getKey();
        }
        return new Page(items, null);
    }

    int size() { return byId.size(); }
}
