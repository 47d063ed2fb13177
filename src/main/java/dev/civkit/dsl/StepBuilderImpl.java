package dev.civkit.dsl;

import dev.civkit.display.Fit;
import dev.civkit.request.Ids;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Require;
import dev.civkit.request.StepRules;
import dev.civkit.request.Text;
import dev.civkit.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

abstract class StepBuilderImpl<S extends StepBuilder<S>> implements StepBuilder<S> {
    private final String type;
    protected final ObjectNode input = Json.object();
    private String name;
    private String priority;
    private String timeout;
    private Integer retries;
    private ObjectNode metadata;

    StepBuilderImpl(String type) {
        if (type == null || !type.matches("[A-Za-z][A-Za-z0-9]*"))
            throw new InvalidRequestException("$type", "must be a step type such as imageGen or videoGen, got "
                    + (type == null ? "null" : '"' + type + '"'));
        this.type = type;
    }

    /** Adds this step to the workflow it was started from and answers its index. */
    final int attachTo(WorkflowBuilder owner) {
        return owner.attach(this);
    }

    /** What every setter answers; a setter having been called is what makes a typed step part of its workflow. */
    @SuppressWarnings("unchecked")
    protected final S self() {
        changed();
        return (S) this;
    }

    /** Called by each setter: a typed step joins its workflow here, not while it is only looked at. */
    void changed() {}

    @Override
    public String type() {
        return type;
    }

    String stepName() {
        return name;
    }

    @Override
    public S name(String name) {
        if (name == null || name.isBlank()) throw new InvalidRequestException("name", "must not be blank, got " + Text.quote(name));
        Text.requireEncodable("name", name);
        Ids.stepName(name, "name");
        if (name.startsWith("$")) throw new InvalidRequestException("name", "must not start with $ (reserved for $0, $1, $arguments)");
        this.name = name;
        return self();
    }

    @Override
    public S priority(Priority p) {
        Require.nonNull(p, "priority(p)", "Priority.HIGH, Priority.NORMAL or Priority.LOW");
        this.priority = p.wire();
        return self();
    }

    @Override
    public S timeout(Duration d) {
        this.timeout = StepRules.timeout("timeout", d);
        return self();
    }

    @Override
    public S retries(int n) {
        if (n < 0) throw new InvalidRequestException("retries", "must be 0 or more, got " + n);
        this.retries = n;
        return self();
    }

    @Override
    public S metadata(String key, Object value) {
        if (key == null || key.isBlank()) throw new InvalidRequestException("metadata", "keys must not be blank, got " + Text.quote(key));
        Text.requireEncodable("metadata", key);
        if (metadata == null) metadata = Json.object();
        metadata.set(key, Values.toNode("metadata." + key, value));
        return self();
    }

    @Override
    public S set(String field, Object value) {
        if (field == null || field.isBlank()) throw new InvalidRequestException(type + ".input", "field names must not be blank, got " + Text.quote(field));
        Text.requireEncodable(type + ".input", field);
        input.set(field, Values.toNode(type + ".input." + field, value));
        return self();
    }

    @Override
    public S setAll(Map<String, ?> fields) {
        Require.nonNull(fields, "setAll(fields)", "a Map such as Map.of(\"steps\", 20)");
        fields.forEach(this::set);
        return self();
    }

    /** Checks the input before anything is sent; {@code at} is the step's path, e.g. steps[0]. */
    protected void validate(String at) {}

    protected final void requirePositive(String at, String field, int max) {
        JsonNode v = input.get(field);
        if (v == null || v.isNull()) return;
        if (!v.isIntegralNumber() || v.asLong() <= 0)
            throw new InvalidRequestException(at + ".input." + field, "must be a positive whole number, got " + v);
        if (v.asLong() > max)
            throw new InvalidRequestException(at + ".input." + field, "must be at most " + max + ", got " + v);
    }

    protected final void requireNotBlank(String at, String field) {
        JsonNode v = input.get(field);
        if (v == null || v.isNull()) return;
        if (!v.isString() || v.asString().isBlank())
            throw new InvalidRequestException(at + ".input." + field, "must be non-blank text when given, got " + v);
    }

    ObjectNode build(String at) {
        validate(at);
        ObjectNode step = Json.object();
        step.put("$type", type);
        if (name != null) step.put("name", name);
        if (priority != null) step.put("priority", priority);
        if (timeout != null) step.put("timeout", timeout);
        if (retries != null) step.put("retries", retries);
        if (metadata != null) step.set("metadata", metadata.deepCopy());
        step.set("input", input.deepCopy());
        return step;
    }

    @Override
    public String toJson() {
        return Json.write(build("step"));
    }

    @Override
    public JsonNode toJsonNode() {
        return build("step");
    }

    @Override
    public void printJson() {
        System.out.println(Json.pretty(build("step")));
    }

    /**
     * The step and its input when that fits JShell's 80 characters for a var; else the step and the names of the
     * fields set, as many as fit. Says "step" so it reads unlike the workflow it belongs to.
     */
    @Override
    public String toString() {
        String head = "step " + type + (name == null ? "" : " '" + name + "'");
        String whole = head + " " + Json.write(input);
        if (whole.length() <= Fit.VAR) return whole;
        List<String> fields = new ArrayList<>();
        input.properties().forEach(e -> fields.add(e.getKey()));
        StringBuilder b = new StringBuilder(head).append(": ");
        String hint = " | printJson() shows it";
        for (int i = 0; i < fields.size(); i++) {
            String more = " +" + (fields.size() - i);
            if (b.length() + fields.get(i).length() + 2 + more.length() + hint.length() > Fit.VAR) {
                b.append(more.strip());
                break;
            }
            b.append(fields.get(i)).append(i == fields.size() - 1 ? "" : ", ");
        }
        return Fit.line(Fit.VAR, b.toString(), hint.substring(3));
    }
}
