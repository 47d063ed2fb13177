package dev.civkit.dsl;

import dev.civkit.json.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DSL line that makes a workflow's request: the chain a person would type (typed engine choosers,
 * the setters each builder offers, {@code set(field, value)} for the rest). The calls are first made
 * here, on a scratch workflow, and the line is given only when their request equals the workflow's;
 * otherwise the line is {@code workflowFromJson(…)}, which always gives the same request back.
 */
final class DslCode {
    /** One call in the chain: a method, its arguments, and for {@code imageGen(i -> …)} the calls inside the lambda. */
    private record Call(Method method, List<Object> args, List<Call> inner) {
        Call(Method method, Object... args) {
            this(method, List.of(args), null);
        }
    }

    private DslCode() {}

    static String of(WorkflowBuilder w, ObjectNode request) {
        try {
            List<Call> calls = calls(w, request);
            if (calls != null && request.equals(replay(calls))) return render(calls);
        } catch (RuntimeException e) {
            // Any call the builders refuse means the chain cannot say it: the JSON form below always can.
        }
        return "workflowFromJson(" + literal(Json.write(request)) + ")";
    }

    // --- what to call

    private static List<Call> calls(WorkflowBuilder w, ObjectNode request) {
        List<Call> out = new ArrayList<>();
        JsonNode steps = request.path("steps");
        for (int i = 0; i < w.steps().size(); i++) {
            StepBuilderImpl<?> s = w.steps().get(i);
            JsonNode step = steps.get(i);
            List<Call> one = s instanceof ImageGenImpl ? lambdaStep(step) : s instanceof TypedStepImpl<?> t ? typedStep(t, step) : null;
            if (one == null) return null;
            out.addAll(one);
        }
        ObjectNode rest = request.deepCopy();
        rest.remove("steps");
        for (var e : rest.properties()) {
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "tags" -> {
                    List<String> tags = new ArrayList<>();
                    v.forEach(t -> tags.add(t.asString()));
                    out.add(new Call(method(WorkflowBuilder.class, "tags", String[].class), (Object) tags.toArray(new String[0])));
                }
                case "metadata" -> v.properties().forEach(m ->
                        out.add(new Call(method(WorkflowBuilder.class, "metadata", String.class, Object.class), m.getKey(), plain(m.getValue()))));
                case "arguments" -> v.properties().forEach(m ->
                        out.add(new Call(method(WorkflowBuilder.class, "argument", String.class, Object.class), m.getKey(), plain(m.getValue()))));
                case "externalId" -> out.add(new Call(method(WorkflowBuilder.class, "externalId", String.class), v.asString()));
                default -> out.add(new Call(method(WorkflowBuilder.class, "set", String.class, Object.class), e.getKey(), plain(v)));
            }
        }
        return out;
    }

    /** {@code imageGen(i -> i.engine("flux")…)}: every field through ImageGen's setter of that name, or set(…). */
    private static List<Call> lambdaStep(JsonNode step) {
        List<Call> inner = new ArrayList<>();
        options(step, ImageGen.class, inner);
        inner.addAll(fields(ImageGen.class, step.path("input"), Json.object()));
        return List.of(new Call(method(WorkflowBuilder.class, "imageGen", Consumer.class), List.of(), inner));
    }

    /** The chooser chain that makes this builder with its presets, its fields, then {@code then()}. */
    private static List<Call> typedStep(TypedStepImpl<?> target, JsonNode step) {
        List<Call> chain = chain(target.getClass(), step.path("input"));
        if (chain == null) return null;
        ObjectNode presets = (ObjectNode) presetsOf(chain);
        Class<?> api = chain.get(chain.size() - 1).method().getReturnType();
        List<Call> out = new ArrayList<>(chain);
        out.addAll(fields(api, step.path("input"), presets));
        if (presets.properties().stream().anyMatch(e -> !step.path("input").has(e.getKey()))) return null;
        options(step, api, out);
        out.add(new Call(method(TypedStep.class, "then")));
        return out;
    }

    private static void options(JsonNode step, Class<?> api, List<Call> out) {
        if (step.has("name")) out.add(new Call(method(api, "name", String.class), step.get("name").asString()));
        if (step.has("priority"))
            out.add(new Call(method(api, "priority", Priority.class), Priority.valueOf(step.get("priority").asString().toUpperCase(Locale.ROOT))));
        if (step.has("timeout")) out.add(new Call(method(api, "timeout", Duration.class), timeout(step.get("timeout").asString())));
        if (step.has("retries")) out.add(new Call(method(api, "retries", int.class), step.get("retries").asInt()));
        step.path("metadata").properties().forEach(m ->
                out.add(new Call(method(api, "metadata", String.class, Object.class), m.getKey(), plain(m.getValue()))));
    }

    /** The step writes "00:10:00" for ten minutes; the line says Duration.ofSeconds(600). */
    private static Duration timeout(String wire) {
        String[] p = wire.split(":");
        if (p.length != 3) throw new IllegalArgumentException(wire);
        return Duration.ofHours(Long.parseLong(p[0])).plusMinutes(Long.parseLong(p[1])).plusSeconds(Long.parseLong(p[2]));
    }

    /**
     * A call per field the presets do not already fix, in the input's order; width and height as one
     * {@code size(width, height)} where the builder offers it, as a person writes a size.
     */
    private static List<Call> fields(Class<?> api, JsonNode input, JsonNode presets) {
        List<Call> out = new ArrayList<>();
        Method size = sizeSetter(api);
        JsonNode w = input.get("width"), h = input.get("height");
        boolean sized = size != null && w != null && h != null && w.canConvertToInt() && h.canConvertToInt() && w.isIntegralNumber()
                && h.isIntegralNumber() && !(w.equals(presets.get("width")) && h.equals(presets.get("height")));
        input.properties().forEach(e -> {
            String field = e.getKey();
            if (sized && (field.equals("width") || field.equals("height"))) {
                if (out.stream().noneMatch(c -> c.method().equals(size))) out.add(new Call(size, w.asInt(), h.asInt()));
            } else if (!e.getValue().equals(presets.get(field))) {
                out.add(setter(api, field, e.getValue()));
            }
        });
        return out;
    }

    private static Method sizeSetter(Class<?> api) {
        try {
            return api.getMethod("size", int.class, int.class);
        } catch (NoSuchMethodException none) {
            return null;
        }
    }

    /** The field through the builder's own setter of that name when one takes the value as it is, else set(field, value). */
    private static Call setter(Class<?> api, String field, JsonNode v) {
        List<Method> named = new ArrayList<>();
        for (Method m : api.getMethods()) if (m.getName().equals(field) && m.getParameterCount() == 1) named.add(m);
        // SampleMethod.EULER_A reads better than "euler_a" where a builder offers both.
        named.sort(Comparator.comparing(m -> !m.getParameterTypes()[0].isEnum()));
        for (Method m : named) {
            Class<?> p = m.getParameterTypes()[0];
            Object arg = argument(p, v);
            if (arg != null) return new Call(m, arg);
        }
        return new Call(method(api, "set", String.class, Object.class), field, plain(v));
    }

    private static Object argument(Class<?> p, JsonNode v) {
        if (v.isString()) {
            if (p == String.class || p == Object.class || p == CharSequence.class) return v.asString();
            if (p.isEnum())
                for (Object c : p.getEnumConstants()) if (c.toString().equals(v.asString())) return c;
            return null;
        }
        if (v.isIntegralNumber()) {
            if (p == int.class && v.canConvertToInt()) return v.asInt();
            if (p == long.class) return v.asLong();
            return null;
        }
        if (v.isFloatingPointNumber() && p == double.class) return v.asDouble();
        if (v.isBoolean() && p == boolean.class) return v.asBoolean();
        return null;
    }

    /** JSON as the plain Java values set(field, value) takes: maps, lists, text, numbers. */
    private static Object plain(JsonNode v) {
        return Json.convert(v, Object.class);
    }

    // --- finding the chooser chain: walk workflow()'s typed choosers to the builder of this class with these presets

    private static List<Call> chain(Class<?> target, JsonNode input) {
        List<Call> best = null;
        int bestMatched = -1;
        for (var made : leaves()) {
            List<Call> path = made.getKey();
            StepBuilderImpl<?> leaf = made.getValue();
            if (leaf.getClass() != target) continue;
            ObjectNode presets = leaf.input;
            boolean fits = presets.properties().stream().allMatch(e -> e.getValue().equals(input.get(e.getKey())));
            if (fits && presets.size() > bestMatched) {
                best = path;
                bestMatched = presets.size();
            }
        }
        return best;
    }

    /** The values the typed choosers fix for a field of a step type: every engine workflow().imageGen() offers, say. */
    static List<String> presetValues(String stepType, String field) {
        Set<String> out = new TreeSet<>();
        for (var made : leaves()) {
            StepBuilderImpl<?> leaf = made.getValue();
            JsonNode v = leaf.input.get(field);
            if (leaf.type().equals(stepType) && v != null && v.isString()) out.add(v.asString());
        }
        return List.copyOf(out);
    }

    /** Every chain of choosers that ends in a typed builder, with the builder it makes (chains a builder refuses left out). */
    private static List<Map.Entry<List<Call>, StepBuilderImpl<?>>> leaves() {
        List<List<Call>> paths = new ArrayList<>();
        for (Method m : WorkflowBuilder.class.getMethods())
            if (m.getParameterCount() == 0 && isChooser(m.getReturnType())) explore(List.of(new Call(m)), m.getReturnType(), paths, 0);
        List<Map.Entry<List<Call>, StepBuilderImpl<?>>> out = new ArrayList<>();
        for (List<Call> path : paths) {
            try {
                out.add(Map.entry(path, (StepBuilderImpl<?>) walk(path, new WorkflowBuilder(null))));
            } catch (RuntimeException refused) {
                // e.g. openai dall-e-3 has no editImage: a chain no one can type
            }
        }
        return out;
    }

    private static void explore(List<Call> path, Class<?> type, List<List<Call>> out, int depth) {
        if (TypedStep.class.isAssignableFrom(type)) {
            out.add(path);
            return;
        }
        if (depth > 6) return;
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) continue;
            Class<?> next = m.getGenericReturnType() instanceof TypeVariable<?> ? resolve(path, m) : m.getReturnType();
            if (next == null || !isChooser(next)) continue;
            List<Call> longer = new ArrayList<>(path);
            longer.add(new Call(m));
            explore(longer, next, out, depth + 1);
        }
    }

    /** CreateOrEdit&lt;C, E&gt;.editImage() returns E: the type the chooser was declared with in that place. */
    private static Class<?> resolve(List<Call> path, Method m) {
        var returned = path.get(path.size() - 1).method().getGenericReturnType();
        List<?> params = List.of(m.getDeclaringClass().getTypeParameters());
        int at = params.indexOf(m.getGenericReturnType());
        if (at >= 0 && returned instanceof ParameterizedType pt && pt.getActualTypeArguments()[at] instanceof Class<?> c) return c;
        return null;
    }

    private static boolean isChooser(Class<?> c) {
        return c.getPackage() == DslCode.class.getPackage() && Modifier.isPublic(c.getModifiers()) && c != WorkflowBuilder.class
                && !c.isEnum() && c != StepRef.class && c != StepForm.class && !c.isRecord();
    }

    private static ObjectNode presetsOf(List<Call> chain) {
        return ((StepBuilderImpl<?>) walk(chain, new WorkflowBuilder(null))).input.deepCopy();
    }

    // --- making the calls

    private static Object walk(List<Call> calls, Object start) {
        Object at = start;
        for (Call c : calls) at = call(at, c);
        return at;
    }

    private static JsonNode replay(List<Call> calls) {
        Object end = walk(calls, new WorkflowBuilder(null));
        return ((WorkflowBuilder) end).template();
    }

    @SuppressWarnings("unchecked")
    private static Object call(Object on, Call c) {
        if (c.inner() != null) {
            Consumer<ImageGen> spec = i -> walk(c.inner(), i);
            return invoke(c.method(), on, spec);
        }
        return invoke(c.method(), on, c.args().toArray());
    }

    private static Object invoke(Method m, Object on, Object... args) {
        try {
            if (!m.canAccess(on)) m.setAccessible(true);
            return m.invoke(on, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method method(Class<?> on, String name, Class<?>... params) {
        try {
            return on.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(on.getSimpleName() + " has no " + name, e);
        }
    }

    // --- writing the line

    private static String render(List<Call> calls) {
        StringBuilder b = new StringBuilder("workflow()");
        for (Call c : calls) b.append('.').append(render(c));
        return b.toString();
    }

    private static String render(Call c) {
        if (c.inner() != null) {
            StringBuilder b = new StringBuilder(c.method().getName()).append("(i -> i");
            for (Call in : c.inner()) b.append('.').append(render(in));
            return b.append(')').toString();
        }
        List<String> args = new ArrayList<>();
        for (Object a : c.args()) {
            if (a instanceof String[] many) for (String s : many) args.add(literal(s));
            else args.add(literal(a));
        }
        return c.method().getName() + "(" + String.join(", ", args) + ")";
    }

    /** A Java expression for a value: text, numbers, booleans, enums, durations, lists and maps of them. */
    static String literal(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return quote(s);
        if (v instanceof Integer || v instanceof Boolean) return v.toString();
        if (v instanceof Long l) return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? l.toString() : l + "L";
        if (v instanceof Double d) {
            String s = Double.toString(d);
            return s.contains(".") || s.contains("E") ? s : s + ".0";
        }
        if (v instanceof Number n) return n.toString();
        if (v instanceof Enum<?> e) return e.getDeclaringClass().getSimpleName() + "." + e.name();
        if (v instanceof Duration d) return "Duration.ofSeconds(" + d.getSeconds() + ")";
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) items.add(literal(o));
            return (list.contains(null) ? "Arrays.asList(" : "List.of(") + String.join(", ", items) + ")";
        }
        if (v instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, val) -> entries.add("Map.entry(" + literal(k) + ", " + literal(val) + ")"));
            // Map.ofEntries keeps no order; a LinkedHashMap would, but the request compares as JSON objects, which ignore it.
            if (map.containsValue(null)) throw new IllegalArgumentException("null in a map");
            return "Map.ofEntries(" + String.join(", ", entries) + ")";
        }
        throw new IllegalArgumentException("no Java literal for " + v.getClass());
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
