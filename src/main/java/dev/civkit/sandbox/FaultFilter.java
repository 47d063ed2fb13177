package dev.civkit.sandbox;

import static dev.civkit.sandbox.Http.RESET;
import static dev.civkit.sandbox.Http.sendEmpty;
import static dev.civkit.sandbox.Http.sendProblem;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * The fault plan's HTTP faults, in front of authentication and the endpoints: a request may be
 * slowed, answered 429, 500 or 503 here, or let through to be cut off half-way (reset).
 */
final class FaultFilter extends Filter {
    private final Faults faults;
    private final boolean live;

    FaultFilter(Faults faults, Profile profile) {
        this.faults = faults;
        this.live = profile.isLive();
    }

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        Faults.Draw d = faults.nextRequest();
        if (d.slow()) {
            try {
                Thread.sleep(faults.plan.slowDelay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (d.failure() == null) {
            chain.doFilter(ex);
            return;
        }
        switch (d.failure()) {
            case "429" -> {
                ex.getResponseHeaders().set("Retry-After", Integer.toString(faults.plan.retryAfterSeconds()));
                sendProblem(ex, new ApiProblem(429, "Too Many Requests", "The sandbox's fault plan rate-limited this request."), path);
            }
            case "500" -> {
                if (live) Gateway.htmlError(ex, 500);
                else sendProblem(ex, new ApiProblem(500, "Internal Server Error", "The sandbox's fault plan failed this request."), path);
            }
            case "503" -> {
                ex.getResponseHeaders().set("Retry-After", Integer.toString(faults.plan.retryAfterSeconds()));
                if (live) sendEmpty(ex, 503);
                else sendProblem(ex, new ApiProblem(503, "Service Unavailable", "The sandbox's fault plan made the service unavailable."), path);
            }
            case "reset" -> {
                RESET.set(Boolean.TRUE);
                chain.doFilter(ex);
            }
            default -> throw new IllegalStateException(d.failure());
        }
    }

    @Override
    public String description() {
        return "the fault plan's HTTP faults";
    }
}
