package dev.civkit.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local orchestrator speaking the Civitai consumer API over real HTTP: workflows move through
 * their statuses on a clock, long-polls are held, blobs are signed URLs to synthetic media.
 * Used when no API token is configured, in tests and in demos.
 *
 * <pre>{@code
 * try (Sandbox sb = Sandbox.start()) {
 *     String base = sb.baseUrl();   // point the client here
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the client's
        // delayed ACK holds every answer ~40 ms, which would hide how fast long-polls really are.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final SandboxConfig config;
    private final HttpServer server;
    private final ExecutorService httpThreads;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ProblemFilter problems = new ProblemFilter();
    private final Router router;
    private final BlobSigner signer;
    private final String baseUrl;
    private final Faults faults;
    private final Callbacks callbacks;
    private final ExecutorService callbackThreads;
    private final CdnServer cdn;

    private final SandboxState state;

    private Sandbox(SandboxConfig config, SandboxState state) {
        this.config = config;
        this.state = state;
        this.signer = new BlobSigner();
        server = bind(config, state);
        String host = server.getAddress().getAddress().isAnyLocalAddress() ? "127.0.0.1" : server.getAddress().getHostString();
        if (host.contains(":")) host = "[" + host + "]";
        this.baseUrl = "http://" + host + ":" + server.getAddress().getPort();
        // Long-polls park a thread each for up to maxWait, so the pool must grow with them.
        httpThreads = Executors.newCachedThreadPool(daemon("civkit-sandbox-http"));
        scheduler = new ScheduledThreadPoolExecutor(1, daemon("civkit-sandbox-lifecycle"));
        scheduler.setRemoveOnCancelPolicy(true);
        faults = new Faults(config.faults());
        callbackThreads = Executors.newCachedThreadPool(daemon("civkit-sandbox-callbacks"));
        callbacks = new Callbacks(callbackThreads, Duration.ofMillis(200));
        BlobStore blobs = new BlobStore(faults, config.profile());
        cdn = config.profile().isLive() ? new CdnServer(config.bindAddress(), blobs, signer, httpThreads, faults) : null;
        Lifecycle lifecycle = new Lifecycle(scheduler, config, new Outputs(blobs),
                new BlobLinks(baseUrl, signer, config.blobUrlTtl(), null), faults, callbacks);
        WorkflowStore store = new WorkflowStore(state);
        router = new Router(config, store, blobs, signer, lifecycle, baseUrl, faults,
                cdn == null ? null : new BlobLinks.Cdn(cdn.base, blobs));
        if (state != null) {
            state.port(port());
            state.replayInto(store, lifecycle, config.profile());
        }
        // In front of the endpoints, outermost first, as OkHttp's interceptors sit in front of the call.
        server.createContext("/", router).getFilters().addAll(List.of(problems, new FaultFilter(faults, config.profile()),
                new AuthFilter(config.token(), signer)));
        server.setExecutor(httpThreads);
        server.start();
    }

    /** The port the state folder remembers when it is free, else the configured one (0: any). */
    private static HttpServer bind(SandboxConfig config, SandboxState state) {
        int remembered = state == null || config.port() != 0 ? 0 : state.port();
        try {
            InetAddress address = InetAddress.getByName(config.bindAddress());
            if (remembered > 0) {
                try {
                    return HttpServer.create(new InetSocketAddress(address, remembered), 1024);
                } catch (IOException taken) {
                    // taken by something else since: any free port, and handles of the old one are told apart by their base URL
                }
            }
            return HttpServer.create(new InetSocketAddress(address, config.port()), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox could not bind " + config.bindAddress() + ":" + config.port(), e);
        }
    }

    /** The folder is open in another process (another JShell, kernel or {@code sandbox}). */
    public static final class StateInUseException extends RuntimeException {
        StateInUseException(Path dir) {
            super("the sandbox state folder " + dir + " is in use by another civkit process; "
                    + "point CIVITAI_BASE_URL at that sandbox, or give this one its own folder with CIVKIT_SANDBOX_STATE");
        }
    }

    /** Deletes everything a sandbox remembered in {@code stateDir}; false if there was nothing. */
    public static boolean resetState(Path stateDir) {
        return SandboxState.reset(stateDir);
    }

    public static Sandbox start(SandboxConfig config) { return new Sandbox(config, null); }

    /**
     * A sandbox that remembers its workflows in {@code stateDir}: a later
     * start with the same folder answers them again, on the same port when it is free.
     */
    public static Sandbox start(SandboxConfig config, Path stateDir) {
        if (stateDir == null) return start(config);
        SandboxState state = SandboxState.open(stateDir);
        try {
            return new Sandbox(config, state);
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
    }

    /** The folder this sandbox remembers its workflows in, or null when it forgets them on close. */
    public Path stateDir() { return state == null ? null : state.dir(); }

    public static Sandbox start() { return start(SandboxConfig.defaults()); }

    /** e.g. {@code http://127.0.0.1:54321}, without a trailing slash. */
    public String baseUrl() { return baseUrl; }

    public int port() { return server.getAddress().getPort(); }

    public SandboxConfig config() { return config; }

    /** HTTP requests received so far, on every endpoint. */
    public long requestCount() { return problems.requests.get(); }

    /** Workflows actually created (whatif plans and idempotent resubmissions excluded). */
    public int workflowsCreated() { return router.workflows.created.get(); }

    /** Faults injected so far, by kind (429, 500, reset, blocked, expire, …). */
    public Map<String, Long> faultCounts() { return faults.counts(); }

    /** Webhook events delivered with a 2xx answer, and delivery attempts that failed. */
    public long callbacksDelivered() { return callbacks.delivered.get(); }

    public long callbackFailures() { return callbacks.failedAttempts.get(); }

    /** The live profile's blob host ({@code http://localhost:…}), or null in the standard profile. */
    public String blobHost() { return cdn == null ? null : cdn.base; }

    /** Requests the blob host received, and how many of them carried an Authorization header (a leaked token). */
    public long blobHostRequests() { return cdn == null ? 0 : cdn.requests.get(); }

    public long blobHostRequestsWithAuthorization() { return cdn == null ? 0 : cdn.withAuthorization.get(); }

    /** Long-polls the live profile's gateway cut short. */
    public long gatewayCuts() { return router.workflows.gatewayCuts.get(); }

    /** Test hook: every signed URL issued so far starts answering 403; new ones work. */
    public void expireBlobUrlsNow() { signer.revokeAll(); }

    @Override
    public void close() {
        server.stop(0);
        if (cdn != null) cdn.close();
        scheduler.shutdownNow();
        httpThreads.shutdownNow();
        callbackThreads.shutdownNow();
        if (state != null) state.close();
    }

    @Override
    public String toString() { return "Sandbox[" + baseUrl + ", " + config + "]"; }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
