package dev.civkit.client;

import dev.civkit.json.Json;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;

/** QueryWorkflows, PatchWorkflow, DeleteWorkflow, the tag calls and the step calls. */
final class WorkflowCalls {
    private static final okhttp3.MediaType PATCH_JSON = okhttp3.MediaType.get("application/json-patch+json; charset=utf-8");
    private final CivitaiClient c;

    WorkflowCalls(CivitaiClient c) {
        this.c = c;
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
        return c.json("QueryWorkflows", new Request.Builder().url(u.build()).get().build(), true, WorkflowPage.class);
    }

    void patch(String workflowId, JsonPatch patch) {
        Request req = new Request.Builder().url(workflow(workflowId).build())
                .patch(RequestBody.create(patch.toJson(), PATCH_JSON)).build();
        // Not retried: "add /tags/-" applied twice would add twice.
        c.noContent("PatchWorkflow", req, false);
    }

    void delete(String workflowId) {
        c.noContent("DeleteWorkflow", new Request.Builder().url(workflow(workflowId).build()).delete().build(), true);
    }

    void addTag(String workflowId, String tag) {
        if (tag == null || tag.isBlank()) throw new IllegalArgumentException("a tag must not be blank");
        Request req = new Request.Builder().url(workflow(workflowId).addPathSegment("tags").build())
                .post(RequestBody.create(Json.write(tag), CivitaiClient.JSON)).build();
        c.noContent("AddWorkflowTag", req, true); // adding a tag twice leaves it once
    }

    void removeTag(String workflowId, String tag) {
        if (tag == null || tag.isBlank()) throw new IllegalArgumentException("a tag must not be blank");
        c.noContent("RemoveWorkflowTag", new Request.Builder().url(workflow(workflowId).addPathSegment("tags").addPathSegment(tag).build())
                .delete().build(), true);
    }

    void removeAllTags(String workflowId) {
        c.noContent("RemoveAllWorkflowTags", new Request.Builder().url(workflow(workflowId).addPathSegment("tags").build()).delete().build(), true);
    }

    Step getStep(String workflowId, String stepName) {
        return c.json("GetWorkflowStep", new Request.Builder().url(step(workflowId, stepName)).get().build(), true, Step.class);
    }

    void updateStep(String workflowId, String stepName, java.util.Map<String, ?> metadata) {
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
            c.noContent(operation, req, retryable);
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
        return workflow(workflowId).addPathSegment("steps").addPathSegment(CivitaiClient.requireId(stepName, "stepName")).build();
    }
}
