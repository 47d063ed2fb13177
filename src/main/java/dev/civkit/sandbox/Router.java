package dev.civkit.sandbox;

import static dev.civkit.sandbox.Http.decode;
import static dev.civkit.sandbox.Http.methodNotAllowed;
import static dev.civkit.sandbox.Http.query;
import static dev.civkit.sandbox.Http.readJson;
import static dev.civkit.sandbox.Http.requireMethod;
import static dev.civkit.sandbox.Http.waitSeconds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.civkit.json.Json;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Routes the consumer API to its endpoints: workflows, blobs, the catalogue. Faults, the bearer
 * token and problem answers are filters in front of it ({@link ProblemFilter}, {@link FaultFilter},
 * {@link AuthFilter}).
 */
final class Router implements HttpHandler {
    private static final String BASE = "/v2/consumer";
    private final SandboxConfig config;
    private final BlobSigner signer;
    private final String fallbackBase;
    private final Faults faults;
    private final BlobLinks.Cdn cdn;
    final WorkflowEndpoints workflows;
    private final BlobEndpoints blobs;

    /** @param cdn the live profile's blob host, or null */
    Router(SandboxConfig config, WorkflowStore store, BlobStore blobs, BlobSigner signer, Lifecycle lifecycle, String fallbackBase,
           Faults faults, BlobLinks.Cdn cdn) {
        this.config = config;
        this.signer = signer;
        this.fallbackBase = fallbackBase;
        this.faults = faults;
        this.cdn = cdn;
        this.workflows = new WorkflowEndpoints(config, store, lifecycle, faults);
        this.blobs = new BlobEndpoints(blobs, signer, cdn, faults);
    }

    /** The path's segments after {@code /v2/consumer/}, none for any other path. */
    static String[] segments(String path) {
        return path.startsWith(BASE + "/") ? path.substring(BASE.length() + 1).split("/") : new String[0];
    }

    /** UploadConsumerBlob's path, the one a presigned upload URL may call without the token. */
    static boolean isUpload(String path) {
        String[] seg = segments(path);
        return seg.length == 1 && seg[0].equals("blobs");
    }

    @Override
    public void handle(HttpExchange ex) {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        if (path.startsWith(BlobLinks.CONTENT_PATH)) {
            requireMethod(method, "GET", "HEAD");
            blobs.content(ex, path.substring(BlobLinks.CONTENT_PATH.length()), method.equals("HEAD"));
            return;
        }
        if (path.startsWith("/v2/resources/") || path.startsWith("/v2/services")) {
            catalogue(ex, method, path);
            return;
        }
        String[] seg = segments(path);
        Map<String, String> q = query(ex);
        if (seg.length == 1 && seg[0].equals("workflows")) {
            requireMethod(method, "POST", "GET");
            if (method.equals("GET")) workflows.query(ex, links(ex));
            else workflows.submit(ex, readJson(ex), q, links(ex));
        } else if (seg.length == 2 && seg[0].equals("workflows")) {
            String id = decode(seg[1]);
            switch (method) {
                case "GET" -> workflows.get(ex, workflows.find(id), waitSeconds(q), links(ex));
                case "PUT" -> workflows.update(ex, workflows.find(id), readJson(ex));
                case "PATCH" -> workflows.patch(ex, workflows.find(id), readJson(ex));
                case "DELETE" -> workflows.delete(ex, workflows.find(id));
                default -> throw methodNotAllowed(method);
            }
        } else if ((seg.length == 3 || seg.length == 4) && seg[0].equals("workflows") && seg[2].equals("tags")) {
            WorkflowState wf = workflows.find(decode(seg[1]));
            workflows.tags(ex, method, wf, seg.length == 4 ? decode(seg[3]) : null, method.equals("POST") ? readJson(ex) : null);
        } else if (seg.length == 4 && seg[0].equals("workflows") && seg[2].equals("steps")) {
            workflows.step(ex, method, workflows.find(decode(seg[1])), decode(seg[3]), links(ex));
        } else if (isUpload(path)) {
            requireMethod(method, "POST", "PUT");
            blobs.upload(ex, links(ex));
        } else if (seg.length == 2 && seg[0].equals("blobs") && seg[1].equals("upload")) {
            requireMethod(method, "GET");
            blobs.uploadUrl(ex, links(ex).base());
        } else if (seg.length == 2 && seg[0].equals("blobs")) {
            requireMethod(method, "GET", "HEAD");
            blobs.getBlob(ex, decode(seg[1]), method.equals("HEAD"), links(ex));
        } else if (seg.length == 2 && seg[0].equals("recipes")) {
            requireMethod(method, "POST");
            ObjectNode wrapped = Json.object();
            ObjectNode step = wrapped.putArray("steps").addObject();
            step.put("$type", decode(seg[1]));
            step.set("input", readJson(ex));
            workflows.submit(ex, wrapped, q, links(ex));
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

    /** Links on the authority the client called, so a client behind another name for this host can follow them. */
    private BlobLinks links(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        String base = host != null && !host.isBlank() ? "http://" + host : fallbackBase;
        return new BlobLinks(base, signer, config.blobUrlTtl(), faults, cdn);
    }
}
