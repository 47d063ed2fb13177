package dev.civkit.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Draws the faults a {@link FaultPlan} asks for and counts what it injected. */
final class Faults {
    private static final String[] HOSTILE = {"../../escaped", "/etc/passwd", "..", "nul\u0000byte", "C:\\Windows\\evil",
            "a/../../b", "x".repeat(1000)};
    final FaultPlan plan;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong hostile = new AtomicLong();
    private final Map<String, LongAdder> injected = new ConcurrentHashMap<>();

    Faults(FaultPlan plan) {
        this.plan = plan;
    }

    /** One request's HTTP faults: which failure (or null) and whether it is slowed. */
    record Draw(String failure, boolean slow) {}

    Draw nextRequest() {
        if (plan.isNone()) return new Draw(null, false);
        SplittableRandom r = new SplittableRandom(mix(plan.seed(), sequence.incrementAndGet()));
        double u = r.nextDouble();
        String failure = null;
        for (String k : FaultPlan.HTTP) {
            u -= plan.rate(k);
            if (u < 0) {
                failure = k;
                break;
            }
        }
        boolean slow = r.nextDouble() < plan.rate("slow");
        if (failure != null) count(failure);
        if (slow) count("slow");
        return new Draw(failure, slow);
    }

    boolean expireNow() {
        return draw("expire", 0x5EEDL);
    }

    /** Whether this blob content answer is trickled; drawn apart from the request's HTTP faults. */
    boolean trickleNow() {
        return draw("trickle", 0x7A1CL);
    }

    /** An independent fault of {@code kind}, at its rate, from the seed and the sequence. */
    private boolean draw(String kind, long salt) {
        double rate = plan.rate(kind);
        if (rate <= 0) return false;
        boolean yes = rate >= 1 || new SplittableRandom(mix(plan.seed(), sequence.incrementAndGet() ^ salt)).nextDouble() < rate;
        if (yes) count(kind);
        return yes;
    }

    /** The job reason a step fails with, or null; fixed by the seed, the workflow's key and the step. */
    String stepFailure(String workflowKey, int stepIndex) {
        double total = FaultPlan.STEP.stream().mapToDouble(plan::rate).sum();
        if (total <= 0) return null;
        long h = mix(plan.seed(), stepIndex);
        for (byte b : workflowKey.getBytes(StandardCharsets.UTF_8)) h = mix(h, b);
        double u = new SplittableRandom(h).nextDouble();
        for (String k : FaultPlan.STEP) {
            u -= plan.rate(k);
            if (u < 0) {
                count(k);
                return k;
            }
        }
        return null;
    }

    String hostileName(String prefix) {
        return prefix + HOSTILE[(int) (hostile.getAndIncrement() % HOSTILE.length)];
    }

    Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        injected.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    private void count(String kind) {
        injected.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
