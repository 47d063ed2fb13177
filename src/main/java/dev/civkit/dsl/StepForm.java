package dev.civkit.dsl;

import dev.civkit.json.Json;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Limits;
import dev.civkit.request.Require;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step's inputs as a form shows them, read from the step's typed builder: each one-value setter
 * is a field, its parameter type says which control (text, a number, a choice among an enum's or the
 * official types' values, a toggle), and width with height becomes one size. A step pasted as JSON
 * has no setters; its fields are read from its input. Values set through {@link #request(Map)} go
 * through the same setters a person would call, so a form refuses what the DSL refuses.
 */
public final class StepForm {
    /** The control a field needs. */
    public enum Kind { TEXT, LONG_TEXT, WHOLE, NUMBER, CHOICE, TOGGLE, SEED, SIZE }

    /**
     * A field: its name (the setter's, and the input's), its kind, the choices of a CHOICE or SIZE, and
     * for numbers the range and step of a slider ({@code min == max} when the builder states none: a
     * number box then). {@code common} fields are the ones people reach for first, or set already.
     */
    public record Input(String name, Kind kind, List<String> choices, double min, double max, double step, boolean common) {
        public Input {
            choices = List.copyOf(choices);
        }

        /** Whether a slider fits: the field has a range. */
        public boolean bounded() {
            return min < max;
        }
    }

    /** The sizes people pick: squares and the common portrait and landscape shapes. */
    public static final List<String> SIZES = List.of("512x512", "768x768", "1024x1024", "832x1216", "1216x832", "1024x576", "576x1024");
    public static final long MAX_SEED = 0xFFFF_FFFFL;

    /** The order fields are shown in; the rest follow by name. */
    private static final List<String> COMMON = List.of("prompt", "negativePrompt", "engine", "model", "modelVersion", "size",
            "steps", "numInferenceSteps", "cfgScale", "guidanceScale", "sampler", "sampleMethod", "scheduler", "schedule", "seed", "quantity");
    private static final Pattern ONE_OF = Pattern.compile("must be one of \\[(.*)], got");

    private final WorkflowBuilder workflow;
    private final int step;
    private final List<Input> inputs;
    private final Map<String, Object> initial;

    private StepForm(WorkflowBuilder workflow, int step) {
        this.workflow = workflow;
        this.step = step;
        StepBuilderImpl<?> s = workflow.steps().get(step);
        this.inputs = derive(s);
        this.initial = initial(s, inputs);
    }

    /** The form of the workflow's first step. */
    public static StepForm of(WorkflowBuilder workflow) {
        Require.nonNull(workflow, "form(workflow)", "a workflow such as workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a fox\"))");
        if (workflow.steps().isEmpty())
            throw new InvalidRequestException("steps", "a workflow needs at least one step: add .imageGen(i -> …) or .step(type, input)");
        return new StepForm(workflow, 0);
    }

    /** The form of the step with this name (or "0", "1", … for an unnamed one). */
    public static StepForm of(WorkflowBuilder workflow, String step) {
        Require.nonNull(workflow, "form(workflow, step)", "a workflow");
        Require.nonNull(step, "form(workflow, step)", "a step name such as \"gen\", or \"0\"");
        return new StepForm(workflow, workflow.stepIndex(step));
    }

    public WorkflowBuilder workflow() {
        return workflow;
    }

    public String stepType() {
        return workflow.steps().get(step).type();
    }

    public List<Input> inputs() {
        return inputs;
    }

    public Optional<Input> input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** What the workflow itself sets, by field: the form's starting values ({@code size} as "832x1216"). */
    public Map<String, Object> initial() {
        return initial;
    }

    /**
     * The request with these values set on the step (a {@code size} of "WxH" sets width and height),
     * checked by the step's own rules: a bad value is refused with its field named.
     */
    public ObjectNode request(Map<String, ?> values) {
        return workflow.templateWith(step, expand(values));
    }

    /** The DSL line that makes {@link #request(Map)}'s request. */
    public String code(Map<String, ?> values) {
        return workflow.codeWith(step, expand(values));
    }

    /** A pasted step has no size(width, height): its size is its two fields. */
    private Map<String, Object> expand(Map<String, ?> values) {
        Require.nonNull(values, "values", "a Map of field to value, such as Map.of(\"cfgScale\", 7)");
        boolean pasted = !Overrides.sized(workflow.steps().get(step));
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.equals("size") && v != null && pasted) {
                int[] wh = size(v.toString());
                out.put("width", wh[0]);
                out.put("height", wh[1]);
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /** "832x1216" as {832, 1216}. */
    public static int[] size(String text) {
        String[] p = text.trim().toLowerCase(Locale.ROOT).split("\\s*[x×]\\s*");
        try {
            if (p.length == 2) return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new InvalidRequestException("size", "must be WIDTHxHEIGHT such as 1024x1024, got \"" + text + "\"");
    }

    // --- reading the builder

    private static List<Input> derive(StepBuilderImpl<?> s) {
        Map<String, Set<Class<?>>> setters = new LinkedHashMap<>();
        for (Method m : Overrides.setters(s))
            if (m.getParameterCount() == 1)
                setters.computeIfAbsent(m.getName(), k -> new LinkedHashSet<>()).add(m.getParameterTypes()[0]);
        Map<String, Input> byName = new LinkedHashMap<>();
        for (var e : setters.entrySet()) {
            Input in = input(s, e.getKey(), e.getValue());
            if (in != null) byName.put(in.name(), in);
        }
        // A pasted step has no setters: its own fields, by their JSON type. A typed step's other
        // fields are what its chain fixed (engine, model…) or what a two-value setter wrote (loras).
        for (var e : s instanceof RawStep || s instanceof GenericStepImpl ? s.input.properties() : Set.<Map.Entry<String, JsonNode>>of()) {
            if (byName.containsKey(e.getKey()) || setters.containsKey(e.getKey())) continue;
            Input in = fromJson(e.getKey(), e.getValue());
            if (in != null) byName.put(in.name(), in);
        }
        boolean sized = Overrides.sized(s) || (byName.containsKey("width") && byName.containsKey("height") && s instanceof RawStep);
        if (sized) {
            byName.remove("width");
            byName.remove("height");
            List<String> sizes = new ArrayList<>(SIZES);
            JsonNode w = s.input.get("width"), h = s.input.get("height");
            if (w != null && h != null && !sizes.contains(w.asInt() + "x" + h.asInt())) sizes.add(0, w.asInt() + "x" + h.asInt());
            byName.put("size", new Input("size", Kind.SIZE, sizes, 0, 0, 0, true));
        }
        // The workflow's own choice is offered even when no typed chooser makes it ("flux").
        byName.replaceAll((n, in) -> {
            JsonNode v = s.input.get(n);
            if (in.kind() != Kind.CHOICE || v == null || !v.isString() || in.choices().contains(v.asString())) return in;
            List<String> choices = new ArrayList<>(in.choices());
            choices.add(0, v.asString());
            return new Input(n, in.kind(), choices, in.min(), in.max(), in.step(), in.common());
        });
        List<Input> out = new ArrayList<>();
        for (String c : COMMON) if (byName.containsKey(c)) out.add(mark(byName.remove(c), true));
        byName.keySet().stream().sorted().forEach(n -> out.add(mark(byName.get(n), s.input.has(n))));
        return List.copyOf(out);
    }

    private static Input mark(Input in, boolean common) {
        return in.common() || !common ? in : new Input(in.name(), in.kind(), in.choices(), in.min(), in.max(), in.step(), true);
    }

    private static Input input(StepBuilderImpl<?> s, String name, Set<Class<?>> types) {
        for (Class<?> t : types)
            if (t.isEnum()) {
                List<String> choices = new ArrayList<>();
                for (Object c : t.getEnumConstants()) choices.add(c.toString());
                return new Input(name, Kind.CHOICE, choices, 0, 0, 0, false);
            }
        if (types.contains(boolean.class)) return new Input(name, Kind.TOGGLE, List.of(), 0, 0, 0, false);
        if (types.contains(long.class) && name.equals("seed")) return new Input(name, Kind.SEED, List.of(), 0, MAX_SEED, 1, false);
        if (types.contains(int.class) || types.contains(long.class)) return number(name, Kind.WHOLE);
        if (types.contains(double.class) || types.contains(float.class)) return number(name, Kind.NUMBER);
        if (types.contains(String.class)) {
            List<String> allowed = allowed(s, name);
            if (!allowed.isEmpty()) return new Input(name, Kind.CHOICE, allowed, 0, 0, 0, false);
            if (name.equals("engine")) {
                List<String> engines = DslCode.presetValues(s.type(), "engine");
                if (!engines.isEmpty()) return new Input(name, Kind.CHOICE, engines, 0, 0, 0, false);
            }
            return new Input(name, longText(name) ? Kind.LONG_TEXT : Kind.TEXT, List.of(), 0, 0, 0, false);
        }
        return null; // images, step references, lists: set in code, shown as the workflow has them
    }

    private static boolean longText(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("prompt") || n.equals("text") || n.equals("instructions");
    }

    /** Ranges people use for the fields every generator shares; any other number gets a plain box. */
    private static Input number(String name, Kind kind) {
        return switch (name) {
            case "steps", "numInferenceSteps" -> new Input(name, Kind.WHOLE, List.of(), 1, 100, 1, false);
            case "quantity" -> new Input(name, Kind.WHOLE, List.of(), 1, Limits.MAX_QUANTITY, 1, false);
            case "clipSkip" -> new Input(name, Kind.WHOLE, List.of(), 1, 12, 1, false);
            case "cfgScale", "guidanceScale" -> new Input(name, Kind.NUMBER, List.of(), 0, 20, 0.5, false);
            case "strength", "denoise", "denoiseStrength" -> new Input(name, Kind.NUMBER, List.of(), 0, 1, 0.05, false);
            default -> new Input(name, kind, List.of(), 0, 0, kind == Kind.WHOLE ? 1 : 0.1, false);
        };
    }

    private static Input fromJson(String name, JsonNode v) {
        if (v.isString()) return new Input(name, longText(name) ? Kind.LONG_TEXT : Kind.TEXT, List.of(), 0, 0, 0, false);
        if (v.isBoolean()) return new Input(name, Kind.TOGGLE, List.of(), 0, 0, 0, false);
        if (v.isIntegralNumber()) return name.equals("seed") ? new Input(name, Kind.SEED, List.of(), 0, MAX_SEED, 1, false) : number(name, Kind.WHOLE);
        if (v.isNumber()) return number(name, Kind.NUMBER);
        return null;
    }

    /**
     * The values a text setter allows, when it allows only some (the official types' enums written as
     * text, such as flux2 klein's modelVersion): asked of the setter itself with a value no list holds,
     * and the step's input put back as it was.
     */
    private static List<String> allowed(StepBuilderImpl<?> s, String name) {
        ObjectNode saved = s.input.deepCopy();
        try {
            Method m = Overrides.setters(s).stream()
                    .filter(k -> k.getName().equals(name) && Arrays.equals(k.getParameterTypes(), new Class<?>[] {String.class})).findFirst().orElseThrow();
            m.invoke(s, "\u2047 not a choice");
            return List.of();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidRequestException bad) {
                Matcher m = ONE_OF.matcher(bad.getMessage());
                if (m.find()) return Arrays.asList(m.group(1).split(", "));
            }
            return List.of();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of();
        } finally {
            s.input.removeAll();
            s.input.setAll(saved);
        }
    }

    private static Map<String, Object> initial(StepBuilderImpl<?> s, List<Input> inputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Input in : inputs) {
            if (in.kind() == Kind.SIZE) {
                JsonNode w = s.input.get("width"), h = s.input.get("height");
                if (w != null && h != null) out.put("size", w.asInt() + "x" + h.asInt());
                continue;
            }
            JsonNode v = s.input.get(in.name());
            if (v != null && !v.isNull()) out.put(in.name(), Json.convert(v, Object.class));
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        List<String> names = inputs.stream().filter(Input::common).map(Input::name).toList();
        return "form of " + stepType() + " | " + inputs.size() + " fields (" + String.join(", ", names) + (names.size() < inputs.size() ? ", …" : "") + ")";
    }
}
