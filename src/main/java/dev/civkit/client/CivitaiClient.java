package dev.civkit.client;

import dev.civkit.air.Air;
import dev.civkit.json.Json;
import dev.civkit.request.Ids;
import java.awt.image.RenderedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The Orchestration API: one method per operation, JSON in and records out, every error answer
 * as an {@link ApiException}. The endpoints live in three groups ({@link WorkflowCalls},
 * {@link BlobCalls}, {@link CatalogueCalls}) over one {@link Transport} that owns retries,
 * deadlines and error parsing. Thread-safe; share one per session.
 */
public final class CivitaiClient implements AutoCloseable {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final Transport transport;
    private final WorkflowCalls workflows;
    private final BlobCalls blobs;
    private final CatalogueCalls catalogue;

    public CivitaiClient(ClientConfig config) {
        this(config, Clock.SYSTEM);
    }

    /** With the clock that retries and deadlines read (tests pass one that needs no real time). */
    public CivitaiClient(ClientConfig config, Clock clock) {
        this.transport = new Transport(config, clock);
        this.workflows = new WorkflowCalls(transport);
        this.blobs = new BlobCalls(transport);
        this.catalogue = new CatalogueCalls(transport);
    }

    public ClientConfig config() {
        return transport.config;
    }

    public Clock clock() {
        return transport.clock;
    }

    /** HTTP requests this client has sent (each redirect hop and each retry counts), for cost-of-waiting measurements. */
    public long requestCount() {
        return transport.requests.get();
    }

    /** Attempts repeated after a transient fault. */
    public long retryCount() {
        return transport.retries.get();
    }

    /** SubmitWorkflow: POST /v2/consumer/workflows; repeated after a fault only under an externalId (or as a whatif). */
    public Answer submitWorkflow(JsonNode template, SubmitOptions options) {
        return workflows.submit(template, options);
    }

    /** GetWorkflow, holding the request up to {@code waitSeconds} (0 = answer at once). */
    public Answer getWorkflow(String workflowId, int waitSeconds) {
        return workflows.get(workflowId, waitSeconds, null);
    }

    /** GetWorkflow, over by {@code deadline} whatever the server does (a trickling or endless answer is cut). */
    public Answer getWorkflow(String workflowId, int waitSeconds, Deadline deadline) {
        return workflows.get(workflowId, waitSeconds, deadline);
    }

    /** UpdateWorkflow: PUT with any of status, metadata, tags, allowMatureContent. */
    public void updateWorkflow(String workflowId, JsonNode body) {
        workflows.update(workflowId, body);
    }

    public void cancelWorkflow(String workflowId) {
        updateWorkflow(workflowId, Json.object().put("status", "canceled"));
    }

    /**
     * QueryWorkflows as a lazy stream: a page is fetched only when iteration needs it.
     * {@code client.queryWorkflows(WorkflowQuery.all().tagged("cats").limit(10))}
     */
    public Stream<Workflow> queryWorkflows(WorkflowQuery query) {
        return new WorkflowStream(query, workflows::page).stream();
    }

    /** One QueryWorkflows page (cursor null for the first). */
    WorkflowPage queryWorkflowsPage(WorkflowQuery query, String cursor) {
        return workflows.page(query, cursor);
    }

    /** PatchWorkflow: a JSON Patch over the workflow's metadata, tags and allowMatureContent. */
    public void patchWorkflow(String workflowId, JsonPatch patch) {
        workflows.patch(workflowId, patch);
    }

    /** DeleteWorkflow: cancels what still runs and removes the workflow. */
    public void deleteWorkflow(String workflowId) {
        workflows.delete(workflowId);
    }

    public void addWorkflowTag(String workflowId, String tag) {
        workflows.addTag(workflowId, tag);
    }

    public void removeWorkflowTag(String workflowId, String tag) {
        workflows.removeTag(workflowId, tag);
    }

    public void removeAllWorkflowTags(String workflowId) {
        workflows.removeAllTags(workflowId);
    }

    /** GetWorkflowStep, by the step's name ("0", "1", … unless named). */
    public Step getWorkflowStep(String workflowId, String stepName) {
        return workflows.getStep(workflowId, stepName);
    }

    /** UpdateWorkflowStep: replaces the step's metadata; 409 (with the step's status) once it has started. */
    public void updateWorkflowStep(String workflowId, String stepName, Map<String, ?> metadata) {
        workflows.updateStep(workflowId, stepName, metadata);
    }

    /** PatchWorkflowStep: a JSON Patch over the step's input, metadata, priority, timeout, retries; 409 once started. */
    public void patchWorkflowStep(String workflowId, String stepName, JsonPatch patch) {
        workflows.patchStep(workflowId, stepName, patch);
    }

    /** HeadBlob: whether the blob exists for this account. */
    public boolean blobExists(String blobId) {
        return blobs.exists(blobId);
    }

    /** UploadConsumerBlob from a PNG, JPEG, WebP or GIF file; the Blob's url() can be a step's input image. */
    public Blob uploadBlob(Path file) {
        return blobs.upload(file, null);
    }

    /** UploadConsumerBlob of an in-memory image, sent as PNG. */
    public Blob uploadBlob(RenderedImage image) {
        return blobs.upload(image, null);
    }

    public Blob uploadBlob(byte[] bytes, String contentType, String filename) {
        return blobs.upload(bytes, contentType, filename, null);
    }

    /** Uploads through a presigned URL from {@link #blobUploadUrl()}: no token needed. */
    Blob uploadBlob(UploadUrl url, Path file) {
        return blobs.upload(file, url.uploadUrl());
    }

    /** GetConsumerBlobUploadUrl: a URL that uploads without the token until it expires (for a browser, say). */
    UploadUrl blobUploadUrl() {
        return blobs.uploadUrl();
    }

    /** GetResource: details of the resource an AIR names. */
    public ResourceInfo getResource(Air air) {
        return catalogue.resource(air);
    }

    /** GetResource; a malformed AIR is refused here, before anything is sent. */
    public ResourceInfo getResource(String air) {
        return catalogue.resource(Air.parse(air));
    }

    public ServicePage listServices(ServiceQuery query) {
        return catalogue.services(query);
    }

    /** GetService: one service with metrics over {@code window} (1h, 24h, 7d; null for the default). */
    public Service getService(String serviceId, String window) {
        return catalogue.service(serviceId, window);
    }

    /** POST /v2/consumer/recipes/{stepType}: the step's input as the body, answered as a one-step workflow. */
    public Answer submitRecipe(String stepType, JsonNode input, SubmitOptions options) {
        return workflows.recipe(stepType, input, options);
    }

    /**
     * GetBlob: the fresh signed content URL the API redirects to. Blob URLs in a workflow
     * expire; this is how a stale one is renewed.
     */
    public String freshBlobUrl(String blobId) {
        return blobs.freshUrl(blobId);
    }

    /** The API's own URL for a blob's content (GetBlob), which redirects to a freshly signed one. */
    public String blobUrl(String blobId) {
        return blobs.blob(blobId).toString();
    }

    /**
     * Streams a content URL into {@code target} (replacing it) and answers its Content-Type.
     * Signals an expired or forbidden URL as ApiException 403/404 so callers can renew it.
     */
    public String downloadTo(String contentUrl, Path target) {
        return downloadTo(contentUrl, target, null, TransferLimits.DEFAULT).contentType();
    }

    /** As {@link #downloadTo(String, Path)}, over by {@code deadline} and abandoned when it stalls or crawls. */
    public Fetched downloadTo(String contentUrl, Path target, Deadline deadline, TransferLimits limits) {
        // A relative URL is the API's own; anything but http(s) is refused.
        HttpUrl u = contentUrl == null ? null : transport.base.resolve(contentUrl.strip());
        if (u == null) throw new IllegalArgumentException("the blob's URL is not an http(s) URL; refused");
        Deadline d = deadline != null ? deadline : transport.clock.after(Transport.DEFAULT_CALL.multipliedBy(10));
        return blobs.download(u, target, d, limits);
    }

    static String requireId(String id, String what) {
        return Ids.check(id, what);
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "CivitaiClient[" + transport.config + "]";
    }
}
