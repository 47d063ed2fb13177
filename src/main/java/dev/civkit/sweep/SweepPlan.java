package dev.civkit.sweep;

import dev.civkit.display.Fit;
import dev.civkit.session.Prices;
import dev.civkit.session.Session;
import dev.civkit.display.StatusLine;
import dev.civkit.dsl.WorkflowBuilder;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import tools.jackson.databind.node.ObjectNode;

/**
 * A checked, priced sweep: every cell's values and whatif cost. Printing it shows how many
 * workflows would run and what they would cost before anything is spent. A planned sweep builds
 * each cell's request body when it is asked for ({@link #requests()}), so ten thousand cells hold
 * their values and prices, not ten thousand bodies.
 */
public final class SweepPlan {
    /** Cells built and priced together while planning: the pricing pool stays busy, and no more bodies are held. */
    private static final int PRICING_BATCH = 256;

    private final Sweep sweep;
    private final Session session;
    private final List<Cell> cells;
    private final IntFunction<ObjectNode> body;
    private final List<ObjectNode> requests;
    private final double[] prices;
    private final List<String> dimensions;
    private final int concurrency;
    /** The whatif requests planning took (0 for a plan restored from its manifest, priced before). */
    private final int pricingRequests;

    private SweepPlan(Sweep sweep, Session session, List<Cell> cells, IntFunction<ObjectNode> body, double[] prices,
                      List<String> dimensions, int concurrency, int pricingRequests) {
        this.pricingRequests = pricingRequests;
        this.sweep = sweep;
        this.session = session;
        this.cells = List.copyOf(cells);
        this.body = body;
        this.requests = new AbstractList<>() {
            @Override
            public ObjectNode get(int i) {
                return request(i);
            }

            @Override
            public int size() {
                return SweepPlan.this.cells.size();
            }
        };
        this.prices = prices.clone();
        this.dimensions = List.copyOf(dimensions);
        this.concurrency = concurrency;
    }

    static SweepPlan of(Sweep sweep, Session session, WorkflowBuilder template, String stepName, List<Cell> cells,
                        List<String> dimensions, int concurrency) {
        IntFunction<ObjectNode> body = i -> {
            Cell c = cells.get(i);
            WorkflowBuilder variant = stepName == null ? template.variant(0, c.values()) : template.variant(stepName, c.values());
            ObjectNode b = (ObjectNode) variant.toJsonNode();
            // A key per cell: re-running or replaying the sweep answers the same workflows instead of paying again.
            b.put("externalId", externalId(sweep.id(), c.index()));
            return b;
        };
        // Once per priced shape: cells that differ only in prompt or seed cost the same, and a thousand
        // whatif calls before the first image would be slow here and an invitation to 429s on the live service.
        // Every cell is built (and so checked) here, a batch at a time, and let go once priced.
        Prices shapes = session.prices();
        int askedBefore = shapes.asked();
        double[] prices = new double[cells.size()];
        for (int from = 0; from < cells.size(); from += PRICING_BATCH) {
            List<Callable<Double>> pricing = new ArrayList<>();
            for (int i = from; i < Math.min(cells.size(), from + PRICING_BATCH); i++) {
                ObjectNode r = body.apply(i);
                pricing.add(() -> shapes.total(r));
            }
            List<Double> batch = Pool.all(pricing, concurrency);
            for (int k = 0; k < batch.size(); k++) prices[from + k] = batch.get(k);
        }
        return new SweepPlan(sweep, session, cells, body, prices, dimensions, concurrency, shapes.asked() - askedBefore);
    }

    /** A plan read back from its manifest: {@code requests} gives cell i's body as written there. */
    static SweepPlan restored(Sweep sweep, Session session, List<Cell> cells, IntFunction<ObjectNode> requests, double[] prices,
                              List<String> dimensions) {
        return new SweepPlan(sweep, session, cells, requests, prices, dimensions, Sweep.DEFAULT_CONCURRENCY, 0);
    }

    /** Cell {@code i}'s request body, with its first idempotency key; a fresh copy each time. */
    synchronized ObjectNode request(int i) {
        return body.apply(i).deepCopy();
    }

    static String externalId(String sweepId, int cell) {
        return sweepId + "-" + cell;
    }

    public int size() {
        return cells.size();
    }

    public List<Cell> cells() {
        return cells;
    }

    /** Every cell's request body, each built when it is read (a fresh copy each time). */
    public List<ObjectNode> requests() {
        return requests;
    }

    /** The whatif total of the whole grid, in Buzz. */
    public double total() {
        return Arrays.stream(prices).sum();
    }

    /** How many whatif requests pricing this plan took: one per distinct priced shape not already known. */
    public int pricingRequests() {
        return pricingRequests;
    }

    public double price(int cell) {
        return prices[cell];
    }

    /** The idempotency key a cell is first sent under. */
    String key(int cell) {
        return request(cell).get("externalId").asString();
    }

    int concurrency() {
        return concurrency;
    }

    Sweep sweep() {
        return sweep;
    }

    List<String> dimensions() {
        return dimensions;
    }

    /** Submits every cell with bounded concurrency, waits, saves outputs, and writes the manifest. */
    public SweepResult run() {
        session.budget().check("This sweep of " + cells.size() + " workflows", total());
        return new SweepRunner(session, this, concurrency).run();
    }

    @Override
    public String toString() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String d : dimensions) sizes.put(d, cells.stream().map(c -> c.get(d)).distinct().count());
        List<String> shape = new ArrayList<>();
        sizes.forEach((k, v) -> shape.add(v + " " + k));
        double each = cells.isEmpty() ? 0 : total() / cells.size();
        String cost = StatusLine.buzz(total()) + " Buzz" + (cells.size() > 1 ? " (" + StatusLine.buzz(Math.round(each * 100) / 100.0) + " each)" : "");
        String priced = pricingRequests + " whatif" + (pricingRequests == 1 ? "" : "s");
        String full = "sweep " + sweep.id() + ": " + cells.size() + " workflows (" + String.join(" x ", shape) + "), "
                + concurrency + " at a time | whatif total " + cost + ", priced with " + priced + " | run() runs it";
        // Within what JShell shows of a var: the plan is usually kept as one (var plan = ….plan()).
        if (full.length() <= Fit.VAR) return full;
        String grid = cells.size() + " workflows (" + String.join(" x ", shape) + ") | ";
        for (String brief : List.of(grid + cost + " | " + priced + " | run() runs it",
                grid + StatusLine.buzz(total()) + " Buzz | " + priced + " | run()"))
            if (brief.length() <= Fit.VAR) return brief;
        return grid + cost + " | run() runs it";
    }
}
