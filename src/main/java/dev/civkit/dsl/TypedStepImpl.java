package dev.civkit.dsl;

import dev.civkit.air.Air;
import dev.civkit.request.Require;
import dev.civkit.request.Text;
import dev.civkit.client.Blob;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

abstract class TypedStepImpl<S extends TypedStep<S>> extends StepBuilderImpl<S> implements TypedStep<S> {
    private final WorkflowBuilder owner;
    private int index = -1;
    private final Set<String> required = new LinkedHashSet<>();
    private String refName;

    TypedStepImpl(String type, WorkflowBuilder owner) {
        super(type);
        this.owner = owner;
    }

    /**
     * A value fixed by the engine or operation chosen (engine, model, operation): written while the
     * step is made, so choosing one in a chain ({@code imageGen().sdcpp().sdxl()}) adds nothing yet.
     */
    protected final void preset(String field, Object value) {
        input.set(field, Values.toNode(type() + ".input." + field, value));
    }

    /** Joins the workflow on the first setter or when the chain goes on from it, once. */
    @Override
    final void changed() {
        if (owner != null && index < 0) index = attachTo(owner);
    }

    /** Fields the official types mark required; checked before anything is sent. */
    protected final void required(String... fields) {
        required.addAll(Arrays.asList(fields));
    }

    @Override
    public S name(String name) {
        super.name(name);
        this.refName = name;
        return self();
    }

    @Override
    public WorkflowBuilder then() {
        if (owner == null) throw new IllegalStateException("this step was built on its own: add it with workflow().step(it)");
        changed();
        return owner;
    }

    @Override
    public StepRef output(String path) {
        if (path == null || path.isBlank()) throw new InvalidRequestException("$ref.path", "must not be blank");
        return StepRef.of(refTarget(), "output." + path);
    }

    private String refTarget() {
        if (refName != null) return refName;
        changed();
        if (index >= 0) return "$" + index;
        throw new InvalidRequestException("name", "name this step first, e.g. .name(\"gen\"), so later steps can reference it");
    }

    // --- setters the subclasses build on; numbers go out as the docs write them (7, not 7.0)

    protected final S put(String field, Object value) {
        return set(field, value);
    }

    protected final S num(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value))
            throw new InvalidRequestException(type() + ".input." + field, "must be a finite number, got " + value);
        JsonNodeFactory f = Json.MAPPER.getNodeFactory();
        JsonNode n = value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE ? f.numberNode((int) value) : f.numberNode(value);
        input.set(field, n);
        return self();
    }

    /** One of an enum's constants, written as its wire name; null is refused with the choices. */
    protected final <E extends Enum<E>> String choice(String field, E value, Class<E> type) {
        if (value == null)
            throw new InvalidRequestException(field + "(value)", "must not be null: pass one of " + Arrays.toString(type.getEnumConstants())
                    + " (" + type.getSimpleName() + "." + type.getEnumConstants()[0].name() + "), got null");
        return value.toString();
    }

    protected final S whole(String field, long value, long min, long max) {
        if (value < min || value > max)
            throw new InvalidRequestException(type() + ".input." + field, "must be from " + min + " to " + max + ", got " + value);
        JsonNodeFactory f = Json.MAPPER.getNodeFactory();
        input.set(field, value <= Integer.MAX_VALUE && value >= Integer.MIN_VALUE ? f.numberNode((int) value) : f.numberNode(value));
        return self();
    }

    protected final S positive(String field, int value) {
        return whole(field, value, 1, Integer.MAX_VALUE);
    }

    /** Writes one of the wire values the official types allow, and refuses anything else at once. */
    protected final S oneOf(String field, String value, String... allowed) {
        if (value == null || !Arrays.asList(allowed).contains(value))
            throw new InvalidRequestException(type() + ".input." + field, "must be one of " + Arrays.toString(allowed) + ", got "
                    + (value == null ? "null" : '"' + value + '"'));
        return set(field, value);
    }

    protected final S text(String field, String value) {
        if (value == null || value.isBlank()) throw new InvalidRequestException(type() + ".input." + field, "must be non-blank text");
        return set(field, value);
    }

    /** A model or resource as an AIR; a malformed one is refused at once with what is wrong. */
    protected final S air(String field, String value) {
        text(field, value);
        String problem = Air.problem(value);
        if (problem != null) throw new InvalidRequestException(type() + ".input." + field, problem);
        return self();
    }

    /**
     * A URL, data URL, AIR, {@link StepRef} or {@link Blob}: the types take any of the first four
     * where an image goes; a blob (an upload, an earlier output) goes as its URL.
     */
    protected final S media(String field, Object value) {
        if (value instanceof Blob b) return set(field, blobUrl(field, b));
        if (value instanceof StepRef || value instanceof JsonNode) return set(field, value);
        if (value instanceof CharSequence cs && !cs.toString().isBlank()) return set(field, cs.toString());
        throw new InvalidRequestException(type() + ".input." + field, "takes a URL, an AIR, a Blob or a StepRef, got " + value);
    }

    protected final S mediaList(String field, Object... values) {
        Require.nonNull(values, field + "(values)", "URLs, AIRs, Blobs or StepRefs");
        ArrayNode arr = input.get(field) instanceof ArrayNode a ? a : Json.array();
        for (Object v : values) {
            if (v instanceof StepRef r) arr.add(Json.tree(Map.of("$ref", r.step(), "path", r.path())));
            else if (v instanceof Blob b) arr.add(blobUrl(field, b));
            else if (v instanceof CharSequence cs && !cs.toString().isBlank()) arr.add(cs.toString());
            else throw new InvalidRequestException(type() + ".input." + field, "takes URLs, AIRs, Blobs or StepRefs, got " + v);
        }
        input.set(field, arr);
        return self();
    }

    /** A blob the server withheld (blocked, not yet available) has no URL to send; say so here rather than send null. */
    private String blobUrl(String field, Blob b) {
        if (b.url() == null || b.url().isBlank())
            throw new InvalidRequestException(type() + ".input." + field, "blob " + b + " has no url to send"
                    + (Boolean.FALSE.equals(b.available()) ? "" : " (fetch it again once it is available)"));
        return b.url();
    }

    protected final S strings(String field, List<String> values) {
        Require.nonNull(values, field + "(values)", "text values");
        ArrayNode arr = Json.array();
        for (String v : values) {
            Require.nonNull(v, field + "(values)", "text values, no nulls");
            Text.requireEncodable(type() + ".input." + field, v);
            arr.add(v);
        }
        input.set(field, arr);
        return self();
    }

    protected final S mapEntry(String field, String key, double value) {
        Require.nonNull(key, field + " (key)", "an AIR such as \"urn:air:sdxl:lora:civitai:1@2\"");
        if (!Double.isFinite(value))
            throw new InvalidRequestException(type() + ".input." + field + "." + key, "must be a finite number, got " + value);
        ObjectNode m = input.get(field) instanceof ObjectNode o ? o : Json.object();
        JsonNodeFactory f = Json.MAPPER.getNodeFactory();
        m.set(key, value == Math.rint(value) ? f.numberNode((int) value) : f.numberNode(value));
        input.set(field, m);
        return self();
    }

    @Override
    protected void validate(String at) {
        List<String> missing = new ArrayList<>();
        for (String f : required) {
            JsonNode v = input.get(f);
            if (v == null || v.isNull()) missing.add(f);
        }
        if (!missing.isEmpty())
            throw new InvalidRequestException(at + ".input." + missing.get(0), "is required for " + describe()
                    + (missing.size() > 1 ? " (also missing: " + String.join(", ", missing.subList(1, missing.size())) + ")" : ""));
    }

    /** engine / ecosystem / model / operation as chosen, for messages. */
    protected String describe() {
        StringBuilder b = new StringBuilder(type());
        for (String k : List.of("engine", "ecosystem", "model", "operation")) {
            JsonNode v = input.get(k);
            if (v != null && v.isString()) b.append(' ').append(v.asString());
        }
        return b.toString();
    }
}
