package dev.civkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import static dev.civkit.sandbox.Http.*;

import dev.civkit.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Routes the consumer API onto the store, the lifecycle and the blob signer. */
final class Handlers implements HttpHandler {
    private static final String BASE = "/v2/consumer";
    private final SandboxConfig config;
    private final WorkflowStore store;
    private final BlobStore blobs;
    private final BlobSigner signer;
    private final Lifecycle lifecycle;
    private final String fallbackBase;
    private final Faults faults;
    private final WorkflowEndpoints workflowEndpoints;
    private final BlobEndpoints blobEndpoints;
    private final BlobLinks.Cdn cdn;
    final AtomicLong requests = new AtomicLong();
    final AtomicInteger created = new AtomicInteger();
    final AtomicLong gatewayCuts = new AtomicLong();
    /** This sandbox's live-shaped workflow numbers. */
    private final AtomicLong liveSequence = new AtomicLong(Ids.firstLiveSequence());
    /** The live profile answers GetBlob with each redirect status in turn, every other one relative. */
    private final AtomicInteger redirects = new AtomicInteger();
    private static final int[] REDIRECTS = {302, 307, 301, 308};

    /** @param cdn the live profile's blob host, or null */
    Handlers(SandboxConfig config, WorkflowStore store, BlobStore blobs, BlobSigner signer, Lifecycle lifecycle, String fallbackBase,
             Faults faults, BlobLinks.Cdn cdn) {
        this.cdn = cdn;
        this.config = config;
        this.store = store;
        this.blobs = blobs;
        this.signer = signer;
        this.lifecycle = lifecycle;
        this.fallbackBase = fallbackBase;
        this.faults = faults;
        this.workflowEndpoints = new WorkflowEndpoints(store, lifecycle);
        this.blobEndpoints = new BlobEndpoints(blobs, signer);
    }

    @Override
    public void handle(HttpExchange ex) {
        requests.incrementAndGet();
        String path = ex.getRequestURI().getRawPath();
        try {
            if (!injectFault(ex, path)) route(ex, path);
        } catch (ApiProblem p) {
            sendProblem(ex, p, path);
        } catch (RuntimeException e) {
            sendProblem(ex, new ApiProblem(500, "Internal Server Error", "The sandbox failed: " + e.getClass().getSimpleName()), path);
        } finally {
            RESET.remove();
            ex.close();
        }
    }

    /** @return true when the fault already answered the request */
    private boolean injectFault(HttpExchange ex, String path) {
        Faults.Draw d = faults.nextRequest();
        if (d.slow()) {
            try {
                Thread.sleep(faults.plan.slowDelay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (d.failure() == null) return false;
        switch (d.failure()) {
            case "429" -> {
                ex.getResponseHeaders().set("Retry-After", Integer.toString(faults.plan.retryAfterSeconds()));
                sendProblem(ex, new ApiProblem(429, "Too Many Requests", "The sandbox's fault plan rate-limited this request."), path);
            }
            case "500" -> {
                if (config.profile().isLive()) Gateway.htmlError(ex, 500);
                else sendProblem(ex, new ApiProblem(500, "Internal Server Error", "The sandbox's fault plan failed this request."), path);
            }
            case "503" -> {
                ex.getResponseHeaders().set("Retry-After", Integer.toString(faults.plan.retryAfterSeconds()));
                if (config.profile().isLive()) sendEmpty(ex, 503);
                else sendProblem(ex, new ApiProblem(503, "Service Unavailable", "The sandbox's fault plan made the service unavailable."), path);
            }
            case "reset" -> {
                RESET.set(Boolean.TRUE);
                return false;
            }
            default -> throw new IllegalStateException(d.failure());
        }
        return true;
    }

    private void route(HttpExchange ex, String path) {
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        if (path.startsWith(BlobLinks.CONTENT_PATH)) {
            requireMethod(method, "GET", "HEAD");
            content(ex, path.substring(BlobLinks.CONTENT_PATH.length()), method.equals("HEAD"));
            return;
        }
        if (path.startsWith("/v2/resources/") || path.startsWith("/v2/services")) {
            authorize(ex);
            catalogue(ex, method, path);
            return;
        }
        String[] seg = path.startsWith(BASE + "/") ? path.substring(BASE.length() + 1).split("/") : new String[0];
        boolean uploading = seg.length == 1 && seg[0].equals("blobs");
        // A presigned upload URL stands in for the token: that is what it is for.
        if (!(uploading && blobEndpoints.presigned(ex))) authorize(ex);
        Map<String, String> q = query(ex);
        if (seg.length == 1 && seg[0].equals("workflows")) {
            requireMethod(method, "POST", "GET");
            if (method.equals("GET")) workflowEndpoints.query(ex, links(ex), config);
            else submit(ex, readJson(ex), q);
        } else if (seg.length == 2 && seg[0].equals("workflows")) {
            String id = decode(seg[1]);
            switch (method) {
                case "GET" -> respondWithWait(ex, find(id), waitSeconds(q));
                case "PUT" -> update(ex, find(id), readJson(ex));
                case "PATCH" -> workflowEndpoints.patch(ex, find(id), readJson(ex));
                case "DELETE" -> workflowEndpoints.delete(ex, find(id));
                default -> throw methodNotAllowed(method);
            }
        } else if ((seg.length == 3 || seg.length == 4) && seg[0].equals("workflows") && seg[2].equals("tags")) {
            WorkflowState wf = find(decode(seg[1]));
            workflowEndpoints.tags(ex, method, wf, seg.length == 4 ? decode(seg[3]) : null, method.equals("POST") ? readJson(ex) : null);
        } else if (seg.length == 4 && seg[0].equals("workflows") && seg[2].equals("steps")) {
            workflowEndpoints.step(ex, method, find(decode(seg[1])), decode(seg[3]), links(ex), config);
        } else if (uploading) {
            requireMethod(method, "POST", "PUT");
            blobEndpoints.upload(ex, links(ex));
        } else if (seg.length == 2 && seg[0].equals("blobs") && seg[1].equals("upload")) {
            requireMethod(method, "GET");
            blobEndpoints.uploadUrl(ex, links(ex).base());
        } else if (seg.length == 2 && seg[0].equals("blobs")) {
            requireMethod(method, "GET", "HEAD");
            getBlob(ex, decode(seg[1]), method.equals("HEAD"));
        } else if (seg.length == 2 && seg[0].equals("recipes")) {
            requireMethod(method, "POST");
            ObjectNode wrapped = Json.object();
            ObjectNode step = wrapped.putArray("steps").addObject();
            step.put("$type", decode(seg[1]));
            step.set("input", readJson(ex));
            submit(ex, wrapped, q);
        } else {
            throw ApiProblem.notFound("No sandbox endpoint at " + path + ".");
        }
    }

    private void catalogue(HttpExchange ex, String method, String path) {
        requireMethod(method, "GET");
        if (path.startsWith("/v2/resources/")) {
            Catalogue.resource(ex, decode(path.substring("/v2/resources/".length())));
        } else if (path.equals("/v2/services") || path.equals("/v2/services/")) {
            Catalogue.services(ex);
        } else if (path.startsWith("/v2/services/")) {
            // Service ids hold slashes; accept them encoded (%2F) or not.
            Catalogue.service(ex, decode(path.substring("/v2/services/".length())));
        } else {
            throw ApiProblem.notFound("No sandbox endpoint at " + path + ".");
        }
    }

    private void submit(HttpExchange ex, JsonNode body, Map<String, String> q) {
        Validation.workflowTemplate(body);
        ObjectNode template = (ObjectNode) body.deepCopy();
        double wait = waitSeconds(q);
        JsonNode ext = template.get("externalId");
        String key = ext != null && ext.isString() ? ext.asString() : null;
        if (flag(q, "whatif")) {
            // A key that already made a workflow answers that workflow, whatif or not.
            WorkflowState existing = key == null ? null : store.byExternalId(key);
            if (existing != null) respondWithWait(ex, existing, 0);
            else sendJson(ex, 200, new WorkflowState(null, template, true, config.profile()).toJson(links(ex), config.runTime()));
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
        respondWithWait(ex, result.workflow(), wait);
    }

    /** 200 once terminal, else 202; holds up to min(wait, maxWait) unless long-polls are disabled. */
    private void respondWithWait(HttpExchange ex, WorkflowState wf, double waitSeconds) {
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
            try {
                wf.done.get(nanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // still running: answer 202 with the current state
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        ObjectNode json = wf.toJson(links(ex), config.runTime());
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

    private void update(HttpExchange ex, WorkflowState wf, JsonNode body) {
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

    private void getBlob(HttpExchange ex, String blobId, boolean head) {
        if (blobs.entry(blobId) == null) throw ApiProblem.notFound("Blob " + blobId + " does not exist.");
        if (head) {
            sendEmpty(ex, 204);
            return;
        }
        BlobLinks links = links(ex);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if (cdn == null) {
            ex.getResponseHeaders().set("Location", links.signedUrl(blobId, links.nextExpiry()));
            sendEmpty(ex, 307);
            return;
        }
        int n = redirects.getAndIncrement();
        Instant exp = links.nextExpiry();
        String absolute = links.signedUrl(blobId, exp);
        // Relative to this server: a client must resolve it against the URL it asked, not the blob host.
        ex.getResponseHeaders().set("Location", n % 2 == 0 ? links.contentUrl(blobId, exp) : absolute.substring(links.base().length()));
        sendEmpty(ex, REDIRECTS[n % REDIRECTS.length]);
    }

    private void content(HttpExchange ex, String token, boolean head) {
        BlobSigner.Verified v = signer.verify(decode(token), Instant.now());
        if (v == null || blobs.entry(v.blobId()) == null)
            throw new ApiProblem(403, "Forbidden", "The signed blob URL is invalid or has expired; refetch the workflow or call GetBlob for a fresh one.");
        BlobStore.Entry entry = blobs.entry(v.blobId());
        byte[] bytes = blobs.bytes(v.blobId());
        ex.getResponseHeaders().set("Content-Type", entry.contentType());
        long maxAge = Math.max(0, Duration.between(Instant.now(), v.expiresAt()).toSeconds());
        ex.getResponseHeaders().set("Cache-Control", "private, max-age=" + maxAge);
        try {
            if (head) {
                ex.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
                ex.sendResponseHeaders(200, -1);
                return;
            }
            ex.sendResponseHeaders(200, bytes.length);
            writeBody(ex, bytes);
        } catch (IOException e) {
            // the client went away mid-download; nothing to answer
        }
    }

    private WorkflowState find(String id) {
        WorkflowState wf = store.get(id);
        if (wf == null) throw ApiProblem.notFound("Workflow " + id + " does not exist.");
        return wf;
    }

    /** Compares in constant time and never echoes what was sent: tokens must not leak into answers. */
    private void authorize(HttpExchange ex) {
        if (config.token() == null) return;
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, "Unauthorized", "The bearer token is missing.");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8))) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiProblem(401, "Unauthorized", "The bearer token is wrong.");
        }
    }

    private BlobLinks links(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        String base = host != null && !host.isBlank() ? "http://" + host : fallbackBase;
        return new BlobLinks(base, signer, config.blobUrlTtl(), faults, cdn);
    }

}
