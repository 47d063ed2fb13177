package dev.civkit.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives workflows through unassigned → scheduled → processing → terminal on one scheduler.
 * Steps run one after another: each spends {@code queueTime} scheduled and {@code runTime}
 * processing. Transitions re-check state under the workflow's monitor, so a cancel in between
 * simply makes the pending transition a no-op.
 *
 * <p>Test hook: a step whose resolved {@code prompt} contains {@value #FAIL_MARKER} fails (job
 * reason {@code blocked}), so clients can exercise failure paths; steps referencing it are canceled.
 * A {@link FaultPlan} fails steps too, with the reason it drew.
 */
final class Lifecycle {
    static final String FAIL_MARKER = "sandbox:fail";
    private final ScheduledExecutorService scheduler;
    private final SandboxConfig config;
    private final Outputs outputs;
    private final BlobLinks internalLinks;
    private final Faults faults;
    private final Callbacks callbacks;

    Lifecycle(ScheduledExecutorService scheduler, SandboxConfig config, Outputs outputs, BlobLinks internalLinks,
              Faults faults, Callbacks callbacks) {
        this.scheduler = scheduler;
        this.config = config;
        this.outputs = outputs;
        this.internalLinks = internalLinks;
        this.faults = faults;
        this.callbacks = callbacks;
    }

    /** Tells registered callbacks what changed. Caller holds the workflow's monitor. */
    void changed(WorkflowState wf) {
        callbacks.changed(wf, config.runTime());
    }

    void start(WorkflowState wf) {
        scheduler.execute(() -> startStep(wf, 0));
    }

    private void later(Duration d, Runnable r) {
        scheduler.schedule(r, d.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void startStep(WorkflowState wf, int i) {
        synchronized (wf) {
            Instant now = Instant.now();
            while (i < wf.steps.size() && !wf.terminal()) {
                StepState step = wf.steps.get(i);
                if (step.status != Status.UNASSIGNED) {
                    i++;
                    continue;
                }
                if (!resolveInput(wf, step)) {
                    step.end(Status.CANCELED, now, "canceled");
                    i++;
                    continue;
                }
                step.status = Status.SCHEDULED;
                step.scheduledAt = now;
                step.startAt = now.plus(config.queueTime());
                wf.rollUp(now);
                changed(wf);
                int index = i;
                later(config.queueTime(), () -> beginProcessing(wf, index));
                return;
            }
            wf.rollUp(now);
            changed(wf);
        }
    }

    private void beginProcessing(WorkflowState wf, int i) {
        synchronized (wf) {
            StepState step = wf.steps.get(i);
            if (step.status != Status.SCHEDULED) return;
            Instant now = Instant.now();
            step.status = Status.PROCESSING;
            step.startedAt = now;
            step.processingStartNanos = System.nanoTime();
            wf.rollUp(now);
            changed(wf);
            later(config.runTime(), () -> finish(wf, i));
        }
    }

    private void finish(WorkflowState wf, int i) {
        synchronized (wf) {
            StepState step = wf.steps.get(i);
            if (step.status != Status.PROCESSING) return;
            Instant now = Instant.now();
            JsonNode ext = wf.template.get("externalId");
            String injected = faults.stepFailure(ext != null && ext.isString() ? ext.asString() : wf.id, i);
            if (step.input != null && step.input.path("prompt").asString("").contains(FAIL_MARKER)) {
                step.blockedReason = "The prompt contains the sandbox failure marker.";
                step.end(Status.FAILED, now, "blocked");
            } else if (injected != null) {
                if (injected.equals("blocked")) step.blockedReason = "The sandbox's fault plan blocked this step.";
                step.end(Status.FAILED, now, injected);
            } else {
                step.output = outputs.build(step);
                step.end(Status.SUCCEEDED, now, null);
            }
            startStep(wf, i + 1);
        }
    }

    /**
     * Replaces every {@code {"$ref", "path"}} in the step input with the value it points at.
     * @return false when a referenced step did not succeed, so this step must be canceled
     */
    private boolean resolveInput(WorkflowState wf, StepState step) {
        if (step.input == null) return true;
        List<String> names = new ArrayList<>();
        for (StepState s : wf.steps) names.add(s.name);
        boolean[] ok = {true};
        JsonNode resolved = resolve(step.input.deepCopy(), wf, names, ok);
        step.input = resolved;
        return ok[0];
    }

    private JsonNode resolve(JsonNode node, WorkflowState wf, List<String> names, boolean[] ok) {
        if (Validation.isRef(node)) {
            String ref = node.get("$ref").asString();
            String path = node.path("path").asString("");
            JsonNode root;
            if (ref.equals("$arguments")) {
                root = wf.template.path("arguments");
            } else {
                int target = Validation.refTarget(ref, names);
                StepState source = target >= 0 ? wf.steps.get(target) : null;
                if (source == null || source.status != Status.SUCCEEDED) {
                    ok[0] = false;
                    return node;
                }
                ObjectNode rendered = source.toJson(config.runTime());
                internalLinks.decorate(rendered);
                root = rendered;
            }
            JsonNode value = JsonPath.at(root, path);
            return value == null ? wf.template.nullNode() : value.deepCopy();
        }
        if (node instanceof ObjectNode o) {
            for (var e : new ArrayList<>(o.properties())) o.set(e.getKey(), resolve(e.getValue(), wf, names, ok));
        } else if (node instanceof ArrayNode a) {
            for (int k = 0; k < a.size(); k++) a.set(k, resolve(a.get(k), wf, names, ok));
        }
        return node;
    }
}
