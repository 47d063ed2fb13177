package dev.civkit.sweep;

import dev.civkit.session.Session;
import dev.civkit.display.StatusLine;
import dev.civkit.dsl.WorkflowBuilder;
import java.util.ArrayList;
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

    private SweepPlan(Sweep sweep, Session session, List<Cell> cells, List<ObjectNode> requests, List<Double> prices,
                      List<String> dimensions, int concurrency) {
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
        List<Callable<Double>> pricing = new ArrayList<>();
        for (ObjectNode r : requests) pricing.add(() -> session.whatif(r).total());
        List<Double> prices = Pool.all(pricing, concurrency);
        return new SweepPlan(sweep, session, cells, requests, prices, dimensions, concurrency);
    }

    static SweepPlan restored(Sweep sweep, Session session, List<Cell> cells, List<ObjectNode> requests, List<Double> prices,
                              List<String> dimensions) {
        return new SweepPlan(sweep, session, cells, requests, prices, dimensions, Sweep.DEFAULT_CONCURRENCY);
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
        Map<String, Long> sizes = new java.util.LinkedHashMap<>();
        for (String d : dimensions) sizes.put(d, cells.stream().map(c -> c.get(d)).distinct().count());
        List<String> shape = new ArrayList<>();
        sizes.forEach((k, v) -> shape.add(v + " " + k));
        double each = cells.isEmpty() ? 0 : total() / cells.size();
        String cost = StatusLine.buzz(total()) + " Buzz" + (cells.size() > 1 ? " (" + StatusLine.buzz(Math.round(each * 100) / 100.0) + " each)" : "");
        String full = "sweep " + sweep.id() + ": " + cells.size() + " workflows (" + String.join(" x ", shape) + "), "
                + concurrency + " at a time | whatif total " + cost + " | run() runs it";
        // Within what JShell shows of a var: the plan is usually kept as one (var plan = ….plan()).
        return full.length() <= dev.civkit.display.Fit.VAR ? full
                : cells.size() + " workflows (" + String.join(" x ", shape) + ") | " + cost + " | run() runs it";
    }
}
