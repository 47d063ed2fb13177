package dev.civkit.sweep;

import dev.civkit.display.Fit;
import dev.civkit.session.Prices;
import dev.civkit.session.Session;
import dev.civkit.display.StatusLine;
import dev.civkit.dsl.WorkflowBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A checked, priced sweep: every cell's request body and its whatif cost. Printing it shows how
 * many workflows would run and what they would cost before anything is spent.
 */
public final class SweepPlan {
    private final Sweep sweep;
    private final Session session;
    private final List<Cell> cells;
    private final List<ObjectNode> requests;
    private final List<Double> prices;
    private final List<String> dimensions;
    private final int concurrency;
    /** The whatif requests planning took (0 for a plan restored from its manifest, priced before). */
    private final int pricingRequests;

    private SweepPlan(Sweep sweep, Session session, List<Cell> cells, List<ObjectNode> requests, List<Double> prices,
                      List<String> dimensions, int concurrency, int pricingRequests) {
        this.pricingRequests = pricingRequests;
        this.sweep = sweep;
        this.session = session;
        this.cells = List.copyOf(cells);
        this.requests = List.copyOf(requests);
        this.prices = List.copyOf(prices);
        this.dimensions = List.copyOf(dimensions);
        this.concurrency = concurrency;
    }

    static SweepPlan of(Sweep sweep, Session session, WorkflowBuilder template, String stepName, List<Cell> cells,
                        List<String> dimensions, int concurrency) {
        List<ObjectNode> requests = new ArrayList<>();
        for (Cell c : cells) {
            WorkflowBuilder variant = stepName == null ? template.variant(0, c.values()) : template.variant(stepName, c.values());
            ObjectNode body = (ObjectNode) variant.toJsonNode();
            // A key per cell: re-running or replaying the sweep answers the same workflows instead of paying again.
            body.put("externalId", externalId(sweep.id(), c.index()));
            requests.add(body);
        }
        // Once per priced shape: cells that differ only in prompt or seed cost the same, and a thousand
        // whatif calls before the first image would be slow here and an invitation to 429s on the live service.
        Prices shapes = session.prices();
        int askedBefore = shapes.asked();
        List<Callable<Double>> pricing = new ArrayList<>();
        for (ObjectNode r : requests) pricing.add(() -> shapes.total(r));
        List<Double> prices = Pool.all(pricing, concurrency);
        return new SweepPlan(sweep, session, cells, requests, prices, dimensions, concurrency, shapes.asked() - askedBefore);
    }

    static SweepPlan restored(Sweep sweep, Session session, List<Cell> cells, List<ObjectNode> requests, List<Double> prices,
                              List<String> dimensions) {
        return new SweepPlan(sweep, session, cells, requests, prices, dimensions, Sweep.DEFAULT_CONCURRENCY, 0);
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

    public List<ObjectNode> requests() {
        return requests;
    }

    /** The whatif total of the whole grid, in Buzz. */
    public double total() {
        return prices.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** How many whatif requests pricing this plan took: one per distinct priced shape not already known. */
    public int pricingRequests() {
        return pricingRequests;
    }

    public double price(int cell) {
        return prices.get(cell);
    }

    /** The idempotency key a cell is first sent under. */
    String key(int cell) {
        return requests.get(cell).get("externalId").asString();
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
