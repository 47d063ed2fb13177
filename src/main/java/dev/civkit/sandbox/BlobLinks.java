package dev.civkit.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stamps freshly signed URLs onto every blob of a rendered workflow, so each refetch hands out
 * URLs valid for a full TTL. The base comes from the request's Host so URLs work however the
 * client reached the sandbox.
 */
final class BlobLinks {
    static final String CONTENT_PATH = "/v2/consumer/blobs/content/";
    private final String base;
    private final BlobSigner signer;
    private final Duration ttl;
    static final String CDN_PATH = "/v2/consumer/blobs/";
    private final Faults faults;
    private final Cdn cdn;

    /**
     * The live profile's blob host: URLs point there ({@code …/v2/consumer/blobs/{id}?sig=…&exp=…}),
     * availability comes from the store, and image entries carry no {@code type}.
     */
    record Cdn(String base, BlobStore blobs) {}

    /** @param faults may expire some URLs on arrival; null for links the sandbox uses itself */
    BlobLinks(String base, BlobSigner signer, Duration ttl, Faults faults) {
        this(base, signer, ttl, faults, null);
    }

    BlobLinks(String base, BlobSigner signer, Duration ttl, Faults faults, Cdn cdn) {
        this.base = base;
        this.signer = signer;
        this.ttl = ttl;
        this.faults = faults;
        this.cdn = cdn;
    }

    /** Where GetBlob's redirect sends a client: the blob host when there is one, else this server's content path. */
    String contentUrl(String blobId, Instant expiresAt) {
        if (cdn == null) return signedUrl(blobId, expiresAt);
        String enc = URLEncoder.encode(blobId, StandardCharsets.UTF_8).replace("+", "%20");
        return cdn.base() + CDN_PATH + enc + "?sig=" + URLEncoder.encode(signer.sign(blobId, expiresAt), StandardCharsets.UTF_8)
                + "&exp=" + expiresAt.getEpochSecond();
    }

    /** Where this server is, as the client reached it. */
    String base() { return base; }

    /** Encoded, because a blob id is not necessarily path-safe. */
    String signedUrl(String blobId, Instant expiresAt) {
        return base + CONTENT_PATH + URLEncoder.encode(signer.sign(blobId, expiresAt), StandardCharsets.UTF_8);
    }

    /** Expiry on whole seconds: the token carries epoch seconds, and the JSON should say the same instant. */
    Instant nextExpiry() {
        return Instant.now().plus(ttl).plusSeconds(ttl.isZero() ? 0 : 1).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Walks a node tree and fills url fields on every blob object (type, id, available). */
    void decorate(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode id = o.get("id");
            if (o.has("type") && o.has("available") && id != null && id.isString()) {
                Instant exp = faults != null && faults.expireNow() ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : nextExpiry();
                String url = contentUrl(id.asString(), exp);
                o.put("url", url);
                o.put("urlExpiresAt", exp.toString());
                boolean image = "image".equals(o.path("type").asString(""));
                if (image) {
                    o.put("previewUrl", cdn == null ? url : url + "&preview=true");
                    o.put("previewUrlExpiresAt", exp.toString());
                }
                if (cdn != null) {
                    BlobStore.Entry e = cdn.blobs().entry(id.asString());
                    if (e != null) o.put("available", e.available());
                    if (image) o.remove("type");
                }
            }
            for (var e : o.properties()) decorate(e.getValue());
        } else if (node != null && node.isArray()) {
            for (JsonNode child : node) decorate(child);
        }
    }
}
