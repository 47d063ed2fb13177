package dev.civkit.client;

import dev.civkit.json.Json;
import dev.civkit.request.Ids;
import dev.civkit.request.Limits;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;

/** Every workflow endpoint: submit, get, update, query, patch, delete, the tag calls and the step calls. */
final class WorkflowCalls {
    private static final okhttp3.MediaType PATCH_JSON = okhttp3.MediaType.get("application/json-patch+json; charset=utf-8");
    private final Transport c;

    WorkflowCalls(Transport c) {
        this.c = c;
    }

    Answer submit(JsonNode template, SubmitOptions options) {
        HttpUrl.Builder u = c.url("v2", "consumer", "workflows");
        if (options.whatif()) u.addQueryParameter("whatif", "true");
        if (options.waitSeconds() > 0) u.addQueryParameter("wait", Integer.toString(options.waitSeconds()));
        if (options.hideMatureContent() != null)
            u.addQueryParameter("hideMatureContent", options.hideMatureContent().toString());
        Request req = new Request.Builder().url(u.build()).post(RequestBody.create(Json.write(template), CivitaiClient.JSON)).build();
        // Without an idempotency key a repeated POST could create, and charge, a second workflow.
        JsonNode key = template.get("externalId");
        boolean safe = options.whatif() || (key != null && key.isString() && !key.asString().isBlank());
        return c.workflow("SubmitWorkflow", req, safe, c.defaultDeadline(options.waitSeconds()));
    }

    /** POST /v2/consumer/recipes/{stepType}: one step's input, answered as a one-step workflow. */
    Answer recipe(String stepType, JsonNode input, SubmitOptions options) {
        if (stepType == null || !stepType.matches("[A-Za-z][A-Za-z0-9]*"))
            throw new IllegalArgumentException("a recipe type is a step type such as imageGen or convertImage, got " + stepType);
        if (input == null || !input.isObject()) throw new IllegalArgumentException("a recipe body is the step's input: a JSON object");
        HttpUrl.Builder u = c.url("v2", "consumer", "recipes", stepType);
        if (options.whatif()) u.addQueryParameter("whatif", "true");
        if (options.waitSeconds() > 0) u.addQueryParameter("wait", Integer.toString(options.waitSeconds()));
        if (options.hideMatureContent() != null) u.addQueryParameter("hideMatureContent", options.hideMatureContent().toString());
        Request req = new Request.Builder().url(u.build()).post(RequestBody.create(Json.write(input), CivitaiClient.JSON)).build();
        // The body cannot carry an externalId, so only a whatif is safe to send twice.
        return c.workflow("Recipe " + stepType, req, options.whatif(), c.defaultDeadline(options.waitSeconds()));
    }

    /**
     * GetWorkflow, held up to {@code waitSeconds}. A held read is not repeated here: a gateway that
     * cut it would cut it again, so the waiter decides what to do instead.
     */
    Answer get(String workflowId, int waitSeconds, Deadline deadline) {
        HttpUrl.Builder u = workflow(workflowId);
        int wait = Math.min(waitSeconds, SubmitOptions.MAX_WAIT_SECONDS);
        if (wait > 0) u.addQueryParameter("wait", Integer.toString(wait));
        Request req = new Request.Builder().url(u.build()).get().build();
        return c.workflow("GetWorkflow", req, wait == 0, deadline != null ? deadline : c.defaultDeadline(wait));
    }

    /** UpdateWorkflow; setting the same fields twice is harmless, so it repeats like a read. */
    void update(String workflowId, JsonNode body) {
        Request req = new Request.Builder().url(workflow(workflowId).build()).put(RequestBody.create(Json.write(body), CivitaiClient.JSON)).build();
        try {
            c.noContent("UpdateWorkflow", req, true, null);
        } catch (ApiException e) {
            if (e.status() != 409) throw e;
            throw conflict(e, workflowId);
        }
    }

    /** A 409 means the workflow moved on; say where it stands now so the caller can decide again. */
    private ApiException conflict(ApiException e, String workflowId) {
        String now;
        try {
            now = "it is now " + get(workflowId, 0, null).workflow().status();
        } catch (RuntimeException refetch) {
            now = "refetching it failed too: " + refetch.getMessage();
        }
        ProblemDetails p = e.problem();
        String detail = (p.detail() == null ? "" : p.detail() + " ") + "(" + now + ")";
        return new ApiException(e.operation(), 409, new ProblemDetails(p.type(), p.title(), p.status(), detail,
                p.instance(), p.errors(), null));
    }

    WorkflowPage page(WorkflowQuery q, String cursor) {
        HttpUrl.Builder u = c.url("v2", "consumer", "workflows");
        if (cursor != null) u.addQueryParameter("cursor", cursor);
        u.addQueryParameter("take", Integer.toString(q.take()));
        for (String t : q.tags()) u.addQueryParameter("tags", t);
        if (q.query() != null && !q.query().isBlank()) u.addQueryParameter("query", q.query());
        if (q.fromDate() != null) u.addQueryParameter("fromDate", q.fromDate().toString());
        if (q.toDate() != null) u.addQueryParameter("toDate", q.toDate().toString());
        if (q.ascending()) u.addQueryParameter("ascending", "true");
        if (q.excludeFailed()) u.addQueryParameter("excludeFailed", "true");
        if (q.hideMatureContent() != null) u.addQueryParameter("hideMatureContent", q.hideMatureContent().toString());
        return c.json("QueryWorkflows", new Request.Builder().url(u.build()).get().build(), true, null, WorkflowPage.class);
    }

    void patch(String workflowId, JsonPatch patch) {
        Request req = new Request.Builder().url(workflow(workflowId).build())
                .patch(RequestBody.create(patch.toJson(), PATCH_JSON)).build();
        // Not retried: "add /tags/-" applied twice would add twice.
        c.noContent("PatchWorkflow", req, false, null);
    }

    void delete(String workflowId) {
        c.noContent("DeleteWorkflow", new Request.Builder().url(workflow(workflowId).build()).delete().build(), true, null);
    }

    void addTag(String workflowId, String tag) {
        if (tag == null || tag.isBlank()) throw new IllegalArgumentException("a tag must not be blank");
        Request req = new Request.Builder().url(workflow(workflowId).addPathSegment("tags").build())
                .post(RequestBody.create(Json.write(tag), CivitaiClient.JSON)).build();
        c.noContent("AddWorkflowTag", req, true, null); // adding a tag twice leaves it once
    }

    void removeTag(String workflowId, String tag) {
        Limits.tag("tag", tag);
        c.noContent("RemoveWorkflowTag", new Request.Builder().url(workflow(workflowId).addPathSegment("tags").addPathSegment(tag).build())
                .delete().build(), true, null);
    }

    void removeAllTags(String workflowId) {
        c.noContent("RemoveAllWorkflowTags", new Request.Builder().url(workflow(workflowId).addPathSegment("tags").build()).delete().build(), true, null);
    }

    Step getStep(String workflowId, String stepName) {
        return c.json("GetWorkflowStep", new Request.Builder().url(step(workflowId, stepName)).get().build(), true, null, Step.class);
    }

    void updateStep(String workflowId, String stepName, Map<String, ?> metadata) {
        if (metadata == null) throw new IllegalArgumentException("metadata is required (an empty map clears it)");
        JsonNode body = Json.object().set("metadata", Json.tree(metadata));
        Request req = new Request.Builder().url(step(workflowId, stepName)).put(RequestBody.create(Json.write(body), CivitaiClient.JSON)).build();
        stepConflict("UpdateWorkflowStep", req, true, workflowId, stepName);
    }

    void patchStep(String workflowId, String stepName, JsonPatch patch) {
        Request req = new Request.Builder().url(step(workflowId, stepName)).patch(RequestBody.create(patch.toJson(), PATCH_JSON)).build();
        stepConflict("PatchWorkflowStep", req, false, workflowId, stepName);
    }

    /** A 409 means the step has started: refetch it and say where it stands, as UpdateWorkflow does. */
    private void stepConflict(String operation, Request req, boolean retryable, String workflowId, String stepName) {
        try {
            c.noContent(operation, req, retryable, null);
        } catch (ApiException e) {
            if (e.status() != 409) throw e;
            String now;
            try {
                Step s = getStep(workflowId, stepName);
                now = "step '" + stepName + "' is now " + s.status() + "; a step can be changed only while it is queued";
            } catch (RuntimeException refetch) {
                now = "refetching the step failed too: " + refetch.getMessage();
            }
            ProblemDetails p = e.problem();
            throw new ApiException(operation, 409, new ProblemDetails(p.type(), p.title(), p.status(),
                    (p.detail() == null ? "" : p.detail() + " ") + "(" + now + ")", p.instance(), p.errors(), null));
        }
    }

    private HttpUrl.Builder workflow(String workflowId) {
        return c.url("v2", "consumer", "workflows", CivitaiClient.requireId(workflowId, "workflowId"));
    }

    private HttpUrl step(String workflowId, String stepName) {
        return workflow(workflowId).addPathSegment("steps").addPathSegment(Ids.stepName(stepName, "stepName")).build();
    }
}
