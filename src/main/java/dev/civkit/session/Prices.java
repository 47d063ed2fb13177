package dev.civkit.session;

import dev.civkit.request.Templates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prices once per distinct priced shape: a request with the fields that never change what a
 * generation costs (its prompt, negative prompt and seed) taken out. A playground whose user types a
 * prompt, or a sweep over prompts and seeds, asks the service again only when something that can
 * change the price (size, steps, quantity, engine, model, …) changes.
 *
 * <p>Only generation steps are priced by shape: the docs price imageGen and videoGen by engine, size,
 * steps, quantity and duration; text steps (chat, prompt enhancement, speech) may charge by the text
 * itself, so a workflow holding one is priced as it is (its whole body is the key).
 */
public final class Prices {
    /** Input fields that change what is made but never what it costs, in the step types below. */
    static final Set<String> PRICE_NEUTRAL = Set.of("prompt", "negativePrompt", "seed");
    static final Set<String> PRICED_BY_SHAPE = Set.of("imageGen", "videoGen", "textToImage");
    /** A session's distinct shapes are few (a person changes a handful of sliders); the bound keeps a long session small. */
    private static final int KEEP = 512;

    private final Session session;
    private final Map<JsonNode, CompletableFuture<Quote>> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<JsonNode, CompletableFuture<Quote>> eldest) {
            return size() > KEEP;
        }
    };
    private final AtomicInteger asked = new AtomicInteger();

    Prices(Session session) {
        this.session = session;
    }

    /**
     * The whatif quote for this request, asked of the service only the first time its priced shape
     * is seen; callers asking for one shape at the same time share one request. A refused request
     * (bad input, a service error) is not remembered, so the next call asks again.
     */
    public Quote quote(JsonNode request) {
        Templates.check(request);
        JsonNode key = shape(request);
        CompletableFuture<Quote> mine = new CompletableFuture<>();
        CompletableFuture<Quote> theirs;
        synchronized (known) {
            theirs = known.putIfAbsent(key, mine);
        }
        if (theirs != null) return join(theirs);
        try {
            asked.incrementAndGet();
            Quote q = session.whatif(request);
            mine.complete(q);
            return q;
        } catch (RuntimeException e) {
            synchronized (known) {
                known.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The total in Buzz of {@link #quote(JsonNode)}. */
    public double total(JsonNode request) {
        return quote(request).total();
    }

    /** Whether this request's price is already known (no request would be made). */
    public boolean knows(JsonNode request) {
        JsonNode key = shape(request);
        synchronized (known) {
            CompletableFuture<Quote> f = known.get(key);
            return f != null && f.isDone() && !f.isCompletedExceptionally();
        }
    }

    /** How many whatif requests this session's pricing has made. */
    public int asked() {
        return asked.get();
    }

    /**
     * The request as far as its price goes: no idempotency key, and no price-neutral fields in the
     * inputs of steps priced by shape. Two requests with equal shapes cost the same.
     */
    public static JsonNode shape(JsonNode request) {
        ObjectNode s = (ObjectNode) request.deepCopy();
        s.remove("externalId");
        for (JsonNode step : s.path("steps")) {
            if (!PRICED_BY_SHAPE.contains(step.path("$type").asString(""))) continue;
            if (step.path("input") instanceof ObjectNode in) PRICE_NEUTRAL.forEach(in::remove);
        }
        return s;
    }

    private static Quote join(CompletableFuture<Quote> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    @Override
    public String toString() {
        int n;
        synchronized (known) {
            n = known.size();
        }
        return "prices: " + n + " priced shape" + (n == 1 ? "" : "s") + " known, " + asked() + " whatif request" + (asked() == 1 ? "" : "s") + " made";
    }
}
