package dev.civkit.sandbox;

import static dev.civkit.sandbox.Http.RESET;
import static dev.civkit.sandbox.Http.sendProblem;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outermost filter: counts every request, answers whatever the filters and endpoints behind it
 * throw as problem details (an {@link ApiProblem} as itself, any other failure as a 500), and
 * closes the exchange.
 */
final class ProblemFilter extends Filter {
    final AtomicLong requests = new AtomicLong();

    @Override
    public void doFilter(HttpExchange ex, Chain chain) {
        requests.incrementAndGet();
        String path = ex.getRequestURI().getRawPath();
        try {
            chain.doFilter(ex);
        } catch (ApiProblem p) {
            sendProblem(ex, p, path);
        } catch (IOException | RuntimeException e) {
            sendProblem(ex, new ApiProblem(500, "Internal Server Error", "The sandbox failed: " + e.getClass().getSimpleName()), path);
        } finally {
            RESET.remove();
            ex.close();
        }
    }

    @Override
    public String description() {
        return "problem details for what the endpoints throw";
    }
}
