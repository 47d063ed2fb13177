package dev.civkit.client;

import dev.civkit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The Orchestration API over OkHttp: one method per operation, JSON in and records out, every
 * error answer as an {@link ApiException}. Thread-safe; share one per session.
 */
public final class CivitaiClient implements AutoCloseable {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final ClientConfig config;
    private final HttpUrl base;
    private final OkHttpClient http;
    private final OkHttpClient noRedirects;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private volatile WorkflowObserver observer = WorkflowObserver.NONE;
    private final WorkflowCalls workflows = new WorkflowCalls(this);
    private final BlobCalls blobs = new BlobCalls(this);
    private final CatalogueCalls catalogue = new CatalogueCalls(this);

    public CivitaiClient(ClientConfig config) {
        this.config = config;
        this.base = HttpUrl.get(config.baseUrl());
        // Sweeps run dozens of workflows at once, each holding a long-poll: lift OkHttp's per-host cap of 5.
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(512);
        dispatcher.setMaxRequestsPerHost(512);
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .callTimeout(config.readTimeout().plusSeconds(30))
                .addInterceptor(chain -> {
                    requests.incrementAndGet();
                    return chain.proceed(authorise(chain.request()));
                })
                .build();
        this.noRedirects = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
    }

    public ClientConfig config() {
        return config;
    }

    /** HTTP requests this client has sent, for cost-of-waiting measurements. */
    public long requestCount() {
        return requests.get();
    }

    /** Attempts repeated after a transient fault. */
    public long retryCount() {
        return retries.get();
    }

    public void observe(WorkflowObserver o) {
        observer = o == null ? WorkflowObserver.NONE : o;
    }

    public WorkflowObserver observer() {
        return observer;
    }

    // The token goes only to the API's own origin: blob content may live on another host.
    private Request authorise(Request r) {
        ApiToken token = config.token();
        if (token == null || !sameOrigin(r.url())) return r;
        return r.newBuilder().header("Authorization", "Bearer " + token.reveal()).build();
    }

    private boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(base.scheme()) && url.host().equals(base.host()) && url.port() == base.port();
    }

    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) b.addPathSegment(s);
        return b;
    }

    /** SubmitWorkflow: POST /v2/consumer/workflows. */
    public Answer submitWorkflow(JsonNode template, SubmitOptions options) {
        HttpUrl.Builder u = url("v2", "consumer", "workflows");
        if (options.whatif()) u.addQueryParameter("whatif", "true");
        if (options.waitSeconds() > 0) u.addQueryParameter("wait", Integer.toString(options.waitSeconds()));
        if (options.hideMatureContent() != null)
            u.addQueryParameter("hideMatureContent", options.hideMatureContent().toString());
        Request req = new Request.Builder().url(u.build()).post(RequestBody.create(Json.write(template), JSON)).build();
        // Without an idempotency key a retried POST could create, and charge, a second workflow.
        JsonNode key = template.get("externalId");
        boolean safe = options.whatif() || (key != null && key.isString() && !key.asString().isBlank());
        return retrying("SubmitWorkflow", safe, () -> workflowAnswer("SubmitWorkflow", req));
    }

    /** GetWorkflow, holding the request up to {@code waitSeconds} (0 = answer at once). */
    public Answer getWorkflow(String workflowId, int waitSeconds) {
        HttpUrl.Builder u = url("v2", "consumer", "workflows", requireId(workflowId, "workflowId"));
        if (waitSeconds > 0)
            u.addQueryParameter("wait", Integer.toString(Math.min(waitSeconds, SubmitOptions.MAX_WAIT_SECONDS)));
        Request req = new Request.Builder().url(u.build()).get().build();
        return retrying("GetWorkflow", true, () -> workflowAnswer("GetWorkflow", req));
    }

    /** UpdateWorkflow: PUT with any of status, metadata, tags, allowMatureContent. */
    public void updateWorkflow(String workflowId, JsonNode body) {
        Request req = new Request.Builder()
                .url(url("v2", "consumer", "workflows", requireId(workflowId, "workflowId")).build())
                .put(RequestBody.create(Json.write(body), JSON))
                .build();
        try {
            // Setting the same fields twice is harmless, so the update retries like a read.
            retrying("UpdateWorkflow", true, () -> {
                try (Response r = execute("UpdateWorkflow", req)) {
                    return null; // 204: nothing to read
                }
            });
        } catch (ApiException e) {
            if (e.status() != 409) throw e;
            throw conflict(e, workflowId);
        }
    }

    /** A 409 means the workflow moved on; say where it stands now so the caller can decide again. */
    ApiException conflict(ApiException e, String workflowId) {
        String now;
        try {
            now = "it is now " + getWorkflow(workflowId, 0).workflow().status();
        } catch (RuntimeException refetch) {
            now = "refetching it failed too: " + refetch.getMessage();
        }
        ProblemDetails p = e.problem();
        String detail = (p.detail() == null ? "" : p.detail() + " ") + "(" + now + ")";
        return new ApiException(e.operation(), 409, new ProblemDetails(p.type(), p.title(), p.status(), detail,
                p.instance(), p.errors(), null));
    }

    /** Sends a request whose success answer has no body (204). */
    void noContent(String operation, Request req, boolean retryable) {
        retrying(operation, retryable, () -> {
            try (Response r = execute(operation, req)) {
                return null;
            }
        });
    }

    /** Sends a request and reads its JSON answer as {@code type}. */
    <T> T json(String operation, Request req, boolean retryable, Class<T> type) {
        return retrying(operation, retryable, () -> {
            try (Response r = execute(operation, req)) {
                return Json.MAPPER.readValue(r.body().string(), type);
            } catch (IOException e) {
                throw unreachable(operation, req, e);
            } catch (JacksonException e) {
                throw new IllegalStateException(operation + " answered something that is not a " + type.getSimpleName() + ": "
                        + e.getOriginalMessage(), e);
            }
        });
    }

    public void cancelWorkflow(String workflowId) {
        updateWorkflow(workflowId, Json.object().put("status", "canceled"));
    }


    /**
     * QueryWorkflows as a lazy stream: a page is fetched only when iteration needs it.
     * {@code client.queryWorkflows(WorkflowQuery.all().tagged("cats").limit(10)).stream()}
     */
    public WorkflowStream queryWorkflows(WorkflowQuery query) {
        return new WorkflowStream(query, workflows::page);
    }

    /** One QueryWorkflows page (cursor null for the first). */
    public WorkflowPage queryWorkflowsPage(WorkflowQuery query, String cursor) {
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
    public void updateWorkflowStep(String workflowId, String stepName, java.util.Map<String, ?> metadata) {
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
    public Blob uploadBlob(java.awt.image.RenderedImage image) {
        return blobs.upload(image, null);
    }

    public Blob uploadBlob(byte[] bytes, String contentType, String filename) {
        return blobs.upload(bytes, contentType, filename, null);
    }

    /** Uploads through a presigned URL from {@link #blobUploadUrl()}: no token needed. */
    public Blob uploadBlob(UploadUrl url, Path file) {
        return blobs.upload(file, url.uploadUrl());
    }

    /** GetConsumerBlobUploadUrl: a URL that uploads without the token until it expires (for a browser, say). */
    public UploadUrl blobUploadUrl() {
        return blobs.uploadUrl();
    }

    /** GetResource: details of the resource an AIR names. */
    public ResourceInfo getResource(dev.civkit.air.Air air) {
        return catalogue.resource(air);
    }

    /** GetResource; a malformed AIR is refused here, before anything is sent. */
    public ResourceInfo getResource(String air) {
        return catalogue.resource(dev.civkit.air.Air.parse(air));
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
        return catalogue.recipe(stepType, input, options);
    }

    /**
     * GetBlob: the fresh signed content URL the API redirects to. Blob URLs in a workflow
     * expire; this is how a stale one is renewed.
     */
    public String freshBlobUrl(String blobId) {
        Request req = new Request.Builder().url(url("v2", "consumer", "blobs", requireId(blobId, "blobId")).build()).get().build();
        return retrying("GetBlob", true, () -> blobLocation(req));
    }

    private String blobLocation(Request req) {
        try (Response r = execute("GetBlob", req, noRedirects)) {
            String location = r.header("Location");
            if (r.isRedirect() && location != null) {
                HttpUrl resolved = r.request().url().resolve(location);
                if (resolved != null) return resolved.toString();
            }
            // A server that answers the bytes directly is fine too: the request URL is the content URL.
            return r.request().url().toString();
        }
    }

    /**
     * Streams a content URL into {@code target} (replacing it) and answers its Content-Type.
     * Signals an expired or forbidden URL as ApiException 403/404 so callers can renew it.
     */
    public String downloadTo(String contentUrl, Path target) {
        HttpUrl u = HttpUrl.parse(contentUrl);
        if (u == null) throw new IllegalArgumentException("not an http(s) URL");
        return retrying("Download", true, () -> downloadOnce(u, target));
    }

    private String downloadOnce(HttpUrl u, Path target) {
        try (Response r = execute("Download", new Request.Builder().url(u).get().build())) {
            ResponseBody body = r.body();
            long expected = body.contentLength();
            try (InputStream in = body.byteStream()) {
                long copied = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (expected >= 0 && copied != expected)
                    throw new IOException("truncated download: " + copied + " of " + expected + " bytes");
            }
            MediaType type = body.contentType();
            return type == null ? null : type.type() + "/" + type.subtype();
        } catch (IOException e) {
            throw new UncheckedIOException("Download of " + redact(u) + " failed: " + e.getMessage(), e);
        }
    }

    Answer workflowAnswer(String operation, Request req) {
        try (Response r = execute(operation, req)) {
            String text = r.body().string();
            Answer a = new Answer(r.code(), Workflow.fromJson(text));
            tell(a.workflow());
            return a;
        } catch (IOException e) {
            throw unreachable(operation, req, e);
        } catch (JacksonException e) {
            throw new IllegalStateException(operation + " answered something that is not a Workflow: " + e.getOriginalMessage(), e);
        }
    }

    Response execute(String operation, Request req) {
        return execute(operation, req, http);
    }

    /**
     * Runs the call on OkHttp's dispatcher and waits for it here, because a thread blocked in a
     * socket read ignores interrupts: stopping a JShell snippet or a notebook cell must end a
     * 100-second long-poll at once, so an interrupt cancels the call.
     */
    private Response execute(String operation, Request req, OkHttpClient client) {
        Call call = client.newCall(req);
        CompletableFuture<Response> answer = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                answer.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call c, Response response) {
                if (!answer.complete(response)) response.close();
            }
        });
        Response r;
        boolean ok = false;
        try {
            r = answer.get();
            ok = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallInterruptedException(operation, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw unreachable(operation, req, io);
            throw new IllegalStateException(operation + " failed: " + cause, cause);
        } finally {
            if (!ok) {
                call.cancel();
                answer.thenAccept(Response::close);
            }
        }
        if (r.isSuccessful() || r.isRedirect()) return r;
        try (r) {
            throw new ApiException(operation, r.code(), problemOf(r), retryAfter(r.header("Retry-After")));
        }
    }

    /**
     * Runs one attempt, and again after each transient fault while the policy allows; other
     * errors (400, 401, 403, 404, 409, an interrupt) end it at once.
     */
    <T> T retrying(String operation, boolean retryable, java.util.function.Supplier<T> attempt) {
        RetryPolicy policy = config.retry();
        int tries = retryable ? policy.maxTries() : 1;
        for (int failed = 0; ; ) {
            java.time.Duration retryAfter = null;
            try {
                return attempt.get();
            } catch (ApiException e) {
                if (!e.isTransient() || ++failed >= tries) throw e;
                retryAfter = e.retryAfter();
            } catch (UncheckedIOException e) {
                if (++failed >= tries) throw e;
            }
            retries.incrementAndGet();
            pause(operation, policy.delay(failed, retryAfter));
        }
    }

    private static void pause(String operation, java.time.Duration d) {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallInterruptedException(operation, e);
        }
    }

    /** Retry-After is either whole seconds or an HTTP date. */
    static java.time.Duration retryAfter(String header) {
        if (header == null || header.isBlank()) return null;
        try {
            return java.time.Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                java.time.Instant at = java.time.ZonedDateTime.parse(header.strip(),
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                java.time.Duration d = java.time.Duration.between(java.time.Instant.now(), at);
                return d.isNegative() ? java.time.Duration.ZERO : d;
            } catch (java.time.format.DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private void tell(Workflow w) {
        try {
            observer.seen(w);
        } catch (RuntimeException e) {
            // The journal must never turn a good answer into a failure.
        }
    }

    private ProblemDetails problemOf(Response r) {
        String text;
        try {
            text = r.body().string();
        } catch (IOException e) {
            text = "";
        }
        if (config.token() != null) text = config.token().scrub(text);
        try {
            JsonNode node = Json.parse(text);
            if (node.isObject()) return Json.convert(node, ProblemDetails.class);
        } catch (JacksonException ignored) {
            // not JSON: keep the start of the text as the detail
        }
        String detail = text.isBlank() ? null : text.substring(0, Math.min(300, text.length())).strip();
        return new ProblemDetails(null, r.message().isEmpty() ? null : r.message(), r.code(), detail, null, null, null);
    }

    UncheckedIOException unreachable(String operation, Request req, IOException e) {
        return new UncheckedIOException(operation + " could not reach " + redact(req.url()) + ": " + e.getMessage()
                + " (check the network, or CIVITAI_BASE_URL; the workflow, if submitted, is not lost)", e);
    }

    // Signed URLs carry a credential in their path or query: show only where they point.
    private static String redact(HttpUrl u) {
        return u.scheme() + "://" + u.host() + (u.port() == HttpUrl.defaultPort(u.scheme()) ? "" : ":" + u.port())
                + (u.encodedPath().contains("/content/") ? "/…" : u.encodedPath());
    }

    static String requireId(String id, String what) {
        return dev.civkit.request.Ids.check(id, what);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "CivitaiClient[" + config + "]";
    }
}
