package dev.civkit.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs blob content URLs the way a CDN would: the token carries the blob id and expiry plus an
 * HMAC-SHA256 under a per-sandbox random secret, so content needs no bearer token and cannot be
 * forged or extended. Rotating the secret ({@link #revokeAll()}) invalidates every URL issued so far.
 */
final class BlobSigner {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    // The secret is drawn on first use: seeding SecureRandom costs start-up time a JShell user would wait for.
    private final AtomicReference<byte[]> secret = new AtomicReference<>();

    record Verified(String blobId, Instant expiresAt) {}

    private static byte[] newSecret() {
        byte[] key = new byte[32];
        Holder.RANDOM.nextBytes(key);
        return key;
    }

    private static final class Holder {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private byte[] secret() {
        byte[] s = secret.get();
        if (s == null) {
            secret.compareAndSet(null, newSecret());
            s = secret.get();
        }
        return s;
    }

    /** Token format {@code blobId.expiryEpochSeconds.mac}: all URL-path safe characters. */
    String sign(String blobId, Instant expiresAt) {
        String payload = blobId + "." + expiresAt.getEpochSecond();
        return payload + "." + B64.encodeToString(mac(secret(), payload));
    }

    /** @return the verified claim, or null when the token is forged, malformed or expired. */
    Verified verify(String token, Instant now) {
        int last = token.lastIndexOf('.');
        if (last <= 0) return null;
        String payload = token.substring(0, last);
        byte[] expected = B64.encodeToString(mac(secret(), payload)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) return null;
        int dot = payload.lastIndexOf('.');
        if (dot <= 0) return null;
        try {
            Instant expiry = Instant.ofEpochSecond(Long.parseLong(payload.substring(dot + 1)));
            if (!now.isBefore(expiry)) return null;
            return new Verified(payload.substring(0, dot), expiry);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The blob id a token claims, without checking it: used to recognise our own URLs in step inputs. */
    static String claimedBlobId(String token) {
        int dot = token.indexOf('.');
        return dot > 0 ? token.substring(0, dot) : null;
    }

    void revokeAll() { secret.set(newSecret()); }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
