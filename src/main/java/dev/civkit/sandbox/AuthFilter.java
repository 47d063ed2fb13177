package dev.civkit.sandbox;

import static dev.civkit.sandbox.Http.query;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The bearer token, checked before any endpoint sees the request. Two requests carry a signature
 * in its place: a signed blob URL, and an upload to a presigned upload URL — that is what they are for.
 */
final class AuthFilter extends Filter {
    private final String token;
    private final BlobSigner signer;

    /** @param token the token every request must bring, or null for none */
    AuthFilter(String token, BlobSigner signer) {
        this.token = token;
        this.signer = signer;
    }

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        boolean signed = path.startsWith(BlobLinks.CONTENT_PATH) || Router.isUpload(path) && presigned(ex);
        if (!signed) authorize(ex);
        chain.doFilter(ex);
    }

    /** Whether the request carries a valid upload signature (then it needs no bearer token). */
    private boolean presigned(HttpExchange ex) {
        String sig = query(ex).get("sig");
        if (sig == null) return false;
        BlobSigner.Verified v = signer.verify(sig, Instant.now());
        if (v == null || !v.blobId().startsWith(BlobEndpoints.UPLOAD_CLAIM))
            throw new ApiProblem(401, "Unauthorized", "The upload signature is invalid or has expired; ask GET /v2/consumer/blobs/upload for a new URL.");
        return true;
    }

    /** Compares in constant time and never echoes what was sent: tokens must not leak into answers. */
    private void authorize(HttpExchange ex) {
        if (token == null) return;
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, "Unauthorized", "The bearer token is missing.");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiProblem(401, "Unauthorized", "The bearer token is wrong.");
        }
    }

    @Override
    public String description() {
        return "the bearer token, or a signature in its place";
    }
}
