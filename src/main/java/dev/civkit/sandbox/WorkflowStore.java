package dev.civkit.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Workflows by id, plus the externalId index that makes resubmission idempotent. */
final class WorkflowStore {
    private final Map<String, WorkflowState> byId = new ConcurrentHashMap<>();
    private final Map<String, String> byExternalId = new ConcurrentHashMap<>();

    record Created(WorkflowState workflow, boolean isNew) {}

    WorkflowState get(String id) { return byId.get(id); }

    WorkflowState byExternalId(String externalId) {
        String id = byExternalId.get(externalId);
        return id == null ? null : byId.get(id);
    }

    /** A known externalId answers its existing workflow instead of creating (and charging) another. */
    Created createOrGet(String externalId, Supplier<WorkflowState> factory) {
        if (externalId == null) {
            WorkflowState wf = factory.get();
            byId.put(wf.id, wf);
            return new Created(wf, true);
        }
        boolean[] made = {false};
        String id = byExternalId.computeIfAbsent(externalId, k -> {
            WorkflowState wf = factory.get();
            byId.put(wf.id, wf);
            made[0] = true;
            return wf.id;
        });
        return new Created(byId.get(id), made[0]);
    }

    int size() { return byId.size(); }
}
