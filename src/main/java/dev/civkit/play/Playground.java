package dev.civkit.play;

import dev.civkit.widget.WidgetView;
import dev.civkit.client.Workflow;
import dev.civkit.display.Html;
import dev.civkit.display.StatusLine;
import dev.civkit.dsl.StepForm;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.outputs.SavedFile;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Require;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.wait.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import java.util.random.RandomGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * A prompt playground: one step's form (read from its typed builder by {@link StepForm}), the values
 * set in it, the price of what they describe, and the results of each Generate, newest first. Every
 * Generate is an ordinary submission of the session (journal, budget, idempotency key, outputs on
 * disk), and {@link #code()} is the DSL line that sends the same request.
 *
 * <p>In a notebook with widgets this is drawn as a form ({@link PlaygroundView}); without them it
 * shows as a card with the same facts, and every verb here works from code.
 */
public final class Playground implements WidgetView {
    /** A Generate's outcome, with the values that made it. */
    public record Result(WorkflowHandle handle, Map<String, Object> values, List<Path> images) {
        public Result {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            images = List.copyOf(images);
        }

        /** "seed=1234, cfgScale=7": what changed from the workflow as written, for the strip's captions. */
        public String caption(Map<String, Object> from) {
            List<String> parts = new ArrayList<>();
            values.forEach((k, v) -> {
                if (!k.equals("prompt") && !v.equals(from.get(k))) parts.add(k + "=" + v);
            });
            Object prompt = values.get("prompt");
            String p = prompt == null ? "" : shorten(prompt.toString(), 48);
            return (p + (parts.isEmpty() ? "" : (p.isEmpty() ? "" : " | ") + String.join(", ", parts))).trim();
        }

        @Override
        public String toString() {
            return handle + " | " + images.size() + " image" + (images.size() == 1 ? "" : "s") + " | seed " + values.getOrDefault("seed", "-");
        }
    }

    /** The price of the current values, or why there is none (a value the step refuses, a service error). */
    public record Price(Double buzz, String problem) {
        public boolean known() {
            return buzz != null;
        }

        @Override
        public String toString() {
            return known() ? StatusLine.buzz(buzz) + " Buzz" : "no price: " + problem;
        }
    }

    private final Session session;
    private final StepForm form;
    private final Map<String, Object> values;
    private final List<Result> results = new CopyOnWriteArrayList<>();
    private final RandomGenerator random;
    private volatile boolean seedLocked;

    public Playground(Session session, WorkflowBuilder workflow) {
        this(session, StepForm.of(workflow), RandomGenerator.getDefault());
    }

    Playground(Session session, StepForm form, RandomGenerator random) {
        this.session = Require.nonNull(session, "play(workflow)", "a session");
        this.form = form;
        this.random = random;
        this.values = Collections.synchronizedMap(new LinkedHashMap<>(form.initial()));
        // A workflow that names its seed wants that seed; one that does not gets a new one each time.
        this.seedLocked = form.initial().containsKey("seed");
    }

    public StepForm form() {
        return form;
    }

    Session session() {
        return session;
    }

    /** The values set, by field (only what the workflow or the form set: the rest is left to the service). */
    public Map<String, Object> values() {
        synchronized (values) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * Sets a field, checked at once by the step's own setter: a value the step refuses throws with
     * the field named and leaves the playground as it was.
     */
    public Playground set(String field, Object value) {
        Require.nonNull(field, "set(field, value)", "a field name such as \"cfgScale\"");
        if (form.input(field).isEmpty())
            throw new InvalidRequestException(field, "is not a field of this playground; its fields: "
                    + form.inputs().stream().map(StepForm.Input::name).toList());
        synchronized (values) {
            Map<String, Object> next = new LinkedHashMap<>(values);
            next.put(field, value);
            form.request(next); // refuses before anything is kept
            values.put(field, value);
        }
        return this;
    }

    /** Leaves a field to the service's default again (or to the workflow's own value). */
    public Playground reset(String field) {
        synchronized (values) {
            Object initial = form.initial().get(field);
            if (initial == null) values.remove(field);
            else values.put(field, initial);
        }
        return this;
    }

    /** Keeps the seed between Generates (true), or draws a new one for each (false). */
    public Playground lockSeed(boolean locked) {
        this.seedLocked = locked;
        return this;
    }

    public boolean seedLocked() {
        return seedLocked;
    }

    /** Draws a new seed now and locks it, so the next Generate repeats it until changed. */
    public long randomizeSeed() {
        long seed = random.nextLong(StepForm.MAX_SEED + 1);
        if (hasSeed()) set("seed", seed);
        return seed;
    }

    boolean hasSeed() {
        return form.input("seed").isPresent();
    }

    /** The request the current values make, checked. */
    public ObjectNode request() {
        return form.request(values());
    }

    /** The DSL line that sends the same request: paste it in a cell, or change it there. */
    public String code() {
        return form.code(values());
    }

    /** The price of the current values (asked once per distinct priced shape; a prompt or seed change asks nothing). */
    public Price price() {
        try {
            return new Price(session.prices().quote(request()).total(), null);
        } catch (RuntimeException e) {
            return new Price(null, firstLine(e));
        }
    }

    /** Whether {@link #price()} would answer without asking the service. */
    boolean priceKnown() {
        try {
            return session.prices().knows(request());
        } catch (RuntimeException e) {
            return true; // a refused value answers at once
        }
    }

    /** "budget 96 of 100 Buzz left" or "spent 4 Buzz this session (no budget set)". */
    public String budgetLine() {
        var b = session.budget();
        return b.isSet() ? "budget " + StatusLine.buzz(b.remaining()) + " of " + StatusLine.buzz(b.limit()) + " Buzz left"
                : "spent " + StatusLine.buzz(b.spent()) + " Buzz this session (no budget set)";
    }

    /** Generates with the current values and waits: see {@link #generate(DoubleConsumer)}. */
    public Result generate() {
        return generate(p -> {});
    }

    /**
     * Submits the current values through the session and waits for the outputs, telling
     * {@code progress} how far it got (0 to 1). With the seed unlocked a new one is drawn first and
     * kept in the values, so each result's values (and {@link #code()}) repeat it exactly.
     */
    public Result generate(DoubleConsumer progress) {
        if (!seedLocked && hasSeed()) values.put("seed", random.nextLong(StepForm.MAX_SEED + 1));
        Map<String, Object> used = values();
        ObjectNode request = form.request(used);
        progress.accept(0.02);
        WorkflowHandle h = session.submit(request, 0, session.prices().knows(request) ? session.prices().total(request) : null);
        progress.accept(0.1);
        h.await(WorkflowHandle.DEFAULT_AWAIT, new ProgressListener() {
            @Override
            public void update(Workflow w) {
                progress.accept(fraction(w));
            }

            @Override
            public void finish(Workflow w) {
                progress.accept(0.95);
            }
        });
        List<Path> images = new ArrayList<>();
        if (h.workflow().succeeded())
            for (SavedFile f : h.download().saved()) if (isImage(f.path())) images.add(f.path());
        progress.accept(1);
        Result r = new Result(h, used, images);
        results.add(0, r);
        return r;
    }

    private static double fraction(Workflow w) {
        Double p = w.progress();
        if (p != null) return 0.1 + 0.8 * Math.max(0, Math.min(1, p > 1 ? p / 100 : p));
        return switch (w.status() == null ? "" : w.status()) {
            case "processing" -> 0.5;
            case "preparing", "scheduled" -> 0.3;
            default -> w.isTerminal() ? 0.9 : 0.2;
        };
    }

    static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".webp") || n.endsWith(".gif");
    }

    /** Every Generate so far, newest first. */
    public List<Result> results() {
        return List.copyOf(results);
    }

    private static String firstLine(RuntimeException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /**
     * The form as widgets in the civkit kernel, with a card as its HTML twin for where widgets do not
     * show (a notebook executed headlessly, a front end without the widget manager): the values, the
     * price, the DSL line and the results so far.
     */
    @Override
    public Map<String, Object> toMimeBundle() {
        Map<String, Object> form = PlaygroundView.bundle(this);
        if (form != null) return form;
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("text/plain", toString());
        b.put("text/html", PlaygroundCard.html(this));
        return b;
    }

    @Override
    public String toString() {
        Map<String, Object> v = values();
        Object prompt = v.get("prompt");
        return "playground | " + form.stepType() + (v.get("engine") == null ? "" : " " + v.get("engine"))
                + (prompt == null ? "" : " | \"" + shorten(prompt.toString(), 30) + "\"") + " | " + results.size() + " result"
                + (results.size() == 1 ? "" : "s") + " | set(field, value), generate(), code()";
    }
}
