package dev.civkit.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Sandbox} binds, authenticates and paces its simulated work.
 *
 * <p>{@code holdLongPolls=false} simulates a proxy that answers long-polls at once, so a client's
 * polling fallback can be exercised. {@code maxWait} mirrors the real orchestrator's 100 s cap on
 * {@code wait}.
 */
public record SandboxConfig(String bindAddress, int port, String token, Duration blobUrlTtl,
                            Duration queueTime, Duration runTime, boolean holdLongPolls, Duration maxWait,
                            FaultPlan faults, Profile profile) {

    public SandboxConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(blobUrlTtl, "blobUrlTtl");
        Objects.requireNonNull(queueTime, "queueTime");
        Objects.requireNonNull(runTime, "runTime");
        Objects.requireNonNull(maxWait, "maxWait");
        if (faults == null) faults = FaultPlan.none();
        if (profile == null) profile = Profile.standard();
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (token != null && token.isBlank()) token = null;
        if (blobUrlTtl.isNegative() || queueTime.isNegative() || runTime.isNegative() || maxWait.isNegative())
            throw new IllegalArgumentException("durations must not be negative");
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, null, Duration.ofMinutes(5),
                Duration.ofMillis(300), Duration.ofMillis(1200), true, Duration.ofSeconds(100), FaultPlan.none(), Profile.standard());
    }

    public SandboxConfig withBindAddress(String v) { return new SandboxConfig(v, port, token, blobUrlTtl, queueTime, runTime, holdLongPolls, maxWait, faults, profile); }
    public SandboxConfig withPort(int v) { return new SandboxConfig(bindAddress, v, token, blobUrlTtl, queueTime, runTime, holdLongPolls, maxWait, faults, profile); }
    public SandboxConfig withToken(String v) { return new SandboxConfig(bindAddress, port, v, blobUrlTtl, queueTime, runTime, holdLongPolls, maxWait, faults, profile); }
    public SandboxConfig withBlobUrlTtl(Duration v) { return new SandboxConfig(bindAddress, port, token, v, queueTime, runTime, holdLongPolls, maxWait, faults, profile); }
    public SandboxConfig withQueueTime(Duration v) { return new SandboxConfig(bindAddress, port, token, blobUrlTtl, v, runTime, holdLongPolls, maxWait, faults, profile); }
    public SandboxConfig withRunTime(Duration v) { return new SandboxConfig(bindAddress, port, token, blobUrlTtl, queueTime, v, holdLongPolls, maxWait, faults, profile); }
    public SandboxConfig withHoldLongPolls(boolean v) { return new SandboxConfig(bindAddress, port, token, blobUrlTtl, queueTime, runTime, v, maxWait, faults, profile); }
    public SandboxConfig withMaxWait(Duration v) { return new SandboxConfig(bindAddress, port, token, blobUrlTtl, queueTime, runTime, holdLongPolls, v, faults, profile); }

    /** Seeded, reproducible faults: rate limits, server errors, cut-off answers, failed steps, expired URLs. */
    public SandboxConfig withFaults(FaultPlan v) { return new SandboxConfig(bindAddress, port, token, blobUrlTtl, queueTime, runTime, holdLongPolls, maxWait, v, profile); }

    /** Answers in another service's shapes: {@link Profile#live()} is the live Orchestration API's. */
    public SandboxConfig withProfile(Profile v) { return new SandboxConfig(bindAddress, port, token, blobUrlTtl, queueTime, runTime, holdLongPolls, maxWait, faults, v); }

    /** Never prints the token: configs end up in logs and notebook outputs. */
    @Override
    public String toString() {
        return "SandboxConfig[bindAddress=" + bindAddress + ", port=" + port
                + ", token=" + (token == null ? "none" : "***") + ", blobUrlTtl=" + blobUrlTtl
                + ", queueTime=" + queueTime + ", runTime=" + runTime
                + ", holdLongPolls=" + holdLongPolls + ", maxWait=" + maxWait + ", faults=" + faults + ", profile=" + profile + "]";
    }
}
