package dev.civkit.sweep;

import dev.civkit.session.Session;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.dsl.WorkflowBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A grid of variations of one workflow: prompts × seeds × any input field's values. Nothing is
 * sent until {@link #plan()} prices it or {@link #run()} runs it; every cell is checked by the
 * step's own rules first.
 */
public final class Sweep {
    /** Enough to keep a sandbox or the API busy without tripping rate limits. */
    public static final int DEFAULT_CONCURRENCY = 8;

    private final Session session;
    private final WorkflowBuilder template;
    private final List<Dimension> dimensions = new ArrayList<>();
    private final String id;
    /** The varied step by name, or null for the first. */
    private String stepName;
    private int concurrency = DEFAULT_CONCURRENCY;

    public Sweep(Session session, WorkflowBuilder template) {
        this(session, template, "sweep-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    Sweep(Session session, WorkflowBuilder template, String id) {
        this(session, template, id, false);
    }

    /** A sweep known only from its manifest: no template, its cells are fixed. */
    Sweep(Session session, WorkflowBuilder template, String id, boolean fromManifest) {
        if (template == null && !fromManifest) throw new InvalidRequestException("sweep", "needs a workflow template: sweep(workflow().imageGen(…))");
        this.session = session;
        this.template = template;
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Sweep prompts(String... prompts) {
        return vary("prompt", (Object[]) prompts);
    }

    public Sweep seeds(long... seeds) {
        if (seeds == null) throw new InvalidRequestException("sweep.seed", "give at least one seed, got null");
        return vary("seed", Arrays.stream(seeds).boxed().toArray());
    }

    /** Any input field of the varied step, e.g. {@code vary("cfgScale", 3, 5, 7)}. */
    public Sweep vary(String field, Object... values) {
        if (field == null || field.isBlank()) throw new InvalidRequestException("sweep", "name the input field to vary");
        if (values == null || values.length == 0) throw new InvalidRequestException("sweep." + field, "give at least one value");
        for (int i = 0; i < values.length; i++)
            if (values[i] == null) throw new InvalidRequestException("sweep." + field, "value " + i + " is null: every value of a sweep is sent, give one");
        for (Dimension d : dimensions)
            if (d.field().equals(field)) throw new InvalidRequestException("sweep." + field, "is already varied");
        dimensions.add(new Dimension(field, Arrays.asList(values)));
        return this;
    }

    /** Which step's input is varied (by name); the first step by default. */
    public Sweep step(String name) {
        template.variant(name, Map.of()); // refuses a step the workflow does not have, now
        this.stepName = name;
        return this;
    }

    /** How many workflows run at once (default 8). */
    public Sweep concurrency(int n) {
        if (n < 1 || n > 256) throw new InvalidRequestException("sweep.concurrency", "must be between 1 and 256, got " + n);
        this.concurrency = n;
        return this;
    }

    List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        expand(0, new LinkedHashMap<>(), cells);
        return cells;
    }

    private void expand(int d, Map<String, Object> values, List<Cell> out) {
        if (d == dimensions.size()) {
            out.add(new Cell(out.size(), values));
            return;
        }
        for (Object v : dimensions.get(d).values()) {
            values.put(dimensions.get(d).field(), v);
            expand(d + 1, values, out);
        }
        values.remove(dimensions.get(d).field());
    }

    /** Checks every cell, prices the whole grid (whatif), and shows the plan; runs nothing. */
    public SweepPlan plan() {
        if (dimensions.isEmpty())
            throw new InvalidRequestException("sweep", "vary something first: .prompts(…), .seeds(…) or .vary(field, values…)");
        return SweepPlan.of(this, session, template, stepName, cells(), dimensionNames(), concurrency);
    }

    /** plan() then run(): prices first, so a budget can refuse the whole grid before it starts. */
    public SweepResult run() {
        return plan().run();
    }

    WorkflowBuilder template() {
        return template;
    }

    String stepName() {
        return stepName;
    }

    List<String> dimensionNames() {
        return dimensions.stream().map(Dimension::field).toList();
    }

    @Override
    public String toString() {
        int n = 1;
        for (Dimension d : dimensions) n *= d.values().size();
        return "sweep " + id + " | " + (dimensions.isEmpty() ? "nothing varied yet" : n + " workflows over " + dimensionNames())
                + " | plan() prices it, run() runs it";
    }
}
