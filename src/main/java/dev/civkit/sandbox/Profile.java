package dev.civkit.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The shapes a {@link Sandbox} answers in. {@link #standard()} is civkit's own tidy contract (prefixed
 * ids, a {@code type} on every blob, URLs on the API's host). {@link #live()} answers the way the live
 * Orchestration API was seen to: ids without prefixes, default step names {@code $0}, timestamps with
 * seven fractional digits and sometimes {@code +00:00}, image blobs without {@code type}, signed blob
 * URLs on a second host, GetBlob redirects of every kind (some relative), blobs {@code available: false}
 * for a while after their step ends, failure reasons in {@code output.errors}, in the job or nowhere,
 * refunded failures, a gateway that cuts held long-polls with 502/504 and HTML or empty bodies, and
 * HTML or empty 5xx answers.
 *
 * @param gatewayHold how long the gateway in front of the API lets a held long-poll run before cutting
 *                    it (null: no gateway)
 * @param blobsAvailableAfter how long a new blob reports {@code available: false} (its URL serves already)
 */
public record Profile(String name, Duration gatewayHold, Duration blobsAvailableAfter) {
    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(blobsAvailableAfter, "blobsAvailableAfter");
        if (gatewayHold != null && (gatewayHold.isNegative() || gatewayHold.isZero()))
            throw new IllegalArgumentException("gatewayHold must be positive, got " + gatewayHold);
        if (blobsAvailableAfter.isNegative()) throw new IllegalArgumentException("blobsAvailableAfter must not be negative");
    }

    public static Profile standard() {
        return new Profile("standard", null, Duration.ZERO);
    }

    /** nginx's default proxy read timeout is 60 s, shorter than the API's 100 s long-poll. */
    public static Profile live() {
        return new Profile("live", Duration.ofSeconds(60), Duration.ofSeconds(2));
    }

    /** {@code standard} or {@code live}. */
    public static Profile named(String name) {
        return switch (name == null ? "" : name) {
            case "standard" -> standard();
            case "live" -> live();
            default -> throw new IllegalArgumentException("a sandbox profile is standard or live, got '" + name + "'");
        };
    }

    public boolean isLive() {
        return name.equals("live");
    }

    public Profile withGatewayHold(Duration hold) { return new Profile(name, hold, blobsAvailableAfter); }

    public Profile withBlobsAvailableAfter(Duration d) { return new Profile(name, gatewayHold, d); }

    @Override
    public String toString() {
        if (!isLive()) return name;
        return name + " (gateway cuts long-polls after " + (gatewayHold == null ? "never" : gatewayHold.toMillis() + " ms")
                + ", blobs available after " + blobsAvailableAfter.toMillis() + " ms)";
    }
}
