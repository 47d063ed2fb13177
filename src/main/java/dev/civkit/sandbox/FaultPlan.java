package dev.civkit.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What goes wrong in a sandbox, and how often: each rate is a probability from 0 to 1. Decisions
 * come from {@code seed} and the request's sequence number (or the workflow's externalId for
 * step failures), so a run with the same seed and the same requests fails the same way.
 *
 * <p>HTTP faults, at most one per request: {@code 429} (with Retry-After), {@code 500},
 * {@code 503}, {@code reset} (the answer is cut off half-way, after the request took effect).
 * Independently: {@code slow} (the answer is delayed by {@code slowDelay}), {@code expire} (a
 * blob URL in a workflow answer is already expired), {@code trickle} (a blob's bytes are sent at
 * {@link Trickle#bytesPerSecond()}, under a declared length that may be a lie). Step failures with
 * their job reason: {@code no_provider_available}, {@code blocked}, {@code timeout}.
 */
public record FaultPlan(Map<String, Double> rates, long seed, Duration slowDelay, int retryAfterSeconds, boolean hostileNames,
                        Trickle trickle) {
    public static final List<String> HTTP = List.of("429", "500", "503", "reset");
    public static final List<String> STEP = List.of("no_provider_available", "blocked", "timeout");
    public static final List<String> KINDS = List.of("429", "500", "503", "reset", "slow", "expire", "trickle",
            "no_provider_available", "blocked", "timeout");

    /**
     * How a trickled blob is sent: {@code bytesPerSecond}, under a Content-Length of
     * {@code declaredBytes} (0: the blob's true length; more: a server that claims more than it has,
     * sending the blob's bytes over again until the client gives up).
     */
    public record Trickle(long bytesPerSecond, long declaredBytes) {
        /** A byte a second, the true length declared. */
        public static final Trickle CRAWL = new Trickle(1, 0);

        public Trickle {
            if (bytesPerSecond < 1) throw new IllegalArgumentException("a trickle sends at least 1 byte a second");
            if (declaredBytes < 0) throw new IllegalArgumentException("declaredBytes must be 0 (the true length) or more");
        }
    }

    public FaultPlan {
        rates = Map.copyOf(rates);
        for (var e : rates.entrySet()) {
            if (!KINDS.contains(e.getKey()))
                throw new IllegalArgumentException("unknown fault '" + e.getKey() + "'; known: " + String.join(", ", KINDS));
            double r = e.getValue();
            if (!(r >= 0 && r <= 1)) throw new IllegalArgumentException("fault " + e.getKey() + " rate must be from 0 to 1, got " + r);
        }
        Map<String, Double> r0 = rates;
        double http = HTTP.stream().mapToDouble(k -> r0.getOrDefault(k, 0.0)).sum();
        if (http > 1) throw new IllegalArgumentException("the rates of 429, 500, 503 and reset add up to more than 1");
        double step = STEP.stream().mapToDouble(k -> r0.getOrDefault(k, 0.0)).sum();
        if (step > 1) throw new IllegalArgumentException("the step failure rates add up to more than 1");
        if (slowDelay == null || slowDelay.isNegative()) throw new IllegalArgumentException("slowDelay must be 0 or more");
        if (retryAfterSeconds < 0) throw new IllegalArgumentException("retryAfterSeconds must be 0 or more");
        if (trickle == null) trickle = Trickle.CRAWL;
    }

    public static FaultPlan none() {
        return new FaultPlan(Map.of(), 0, Duration.ofMillis(300), 1, false, Trickle.CRAWL);
    }

    /** The soak's defaults: 20% 5xx, 10% 429, 5% resets, every blob URL expired on arrival. */
    public static FaultPlan soak(long seed) {
        return parse("500=0.1,503=0.1,429=0.1,reset=0.05,expire=1", seed);
    }

    /** {@code "429=0.1,500=0.2,reset=0.05"}; an empty spec means no faults. */
    public static FaultPlan parse(String spec, long seed) {
        Map<String, Double> rates = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String part : spec.split(",")) {
                String p = part.strip();
                int eq = p.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("fault '" + p + "' must look like kind=rate, e.g. 500=0.2");
                String kind = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (kind.equals("no_provider")) kind = "no_provider_available";
                try {
                    rates.put(kind, Double.parseDouble(p.substring(eq + 1).strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("fault " + kind + " rate must be a number from 0 to 1, got '" + p.substring(eq + 1) + "'");
                }
            }
        }
        return new FaultPlan(rates, seed, none().slowDelay, none().retryAfterSeconds, false, Trickle.CRAWL);
    }

    public double rate(String kind) {
        return rates.getOrDefault(kind, 0.0);
    }

    public boolean isNone() {
        return !hostileNames && rates.values().stream().allMatch(r -> r == 0);
    }

    public FaultPlan withSeed(long s) { return new FaultPlan(rates, s, slowDelay, retryAfterSeconds, hostileNames, trickle); }
    public FaultPlan withSlowDelay(Duration d) { return new FaultPlan(rates, seed, d, retryAfterSeconds, hostileNames, trickle); }
    public FaultPlan withRetryAfterSeconds(int s) { return new FaultPlan(rates, seed, slowDelay, s, hostileNames, trickle); }
    /** Test hook: blob ids and step names become path traversals, absolute paths, NULs and very long text. */
    public FaultPlan withHostileNames(boolean v) { return new FaultPlan(rates, seed, slowDelay, retryAfterSeconds, v, trickle); }
    /** How the {@code trickle} fault sends: {@code declaredBytes} 0 declares the true length. */
    public FaultPlan withTrickle(long bytesPerSecond, long declaredBytes) {
        return new FaultPlan(rates, seed, slowDelay, retryAfterSeconds, hostileNames, new Trickle(bytesPerSecond, declaredBytes));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String k : KINDS) if (rate(k) > 0) sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(rate(k));
        String how = rate("trickle") > 0 ? " trickle at " + trickle.bytesPerSecond() + " B/s"
                + (trickle.declaredBytes() > 0 ? " declaring " + trickle.declaredBytes() + " bytes" : "") : "";
        return (sb.length() == 0 ? "no faults" : sb + " seed " + seed + how) + (hostileNames ? " hostile-names" : "");
    }
}
