package dev.civkit.dsl;

import dev.civkit.display.Fit;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.References;
import dev.civkit.session.Quote;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.json.Json;
import dev.civkit.request.Limits;
import dev.civkit.request.Callbacks;
import dev.civkit.request.Require;
import dev.civkit.request.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A workflow being written: add steps, label it, then price it ({@link #whatif()}), send it
 * ({@link #submit()}) or send it and wait ({@link #run()}). Nothing leaves the machine before one
 * of those, and each checks the whole request first.
 */
public final class WorkflowBuilder {
    private static final Set<String> EVENT_SCOPES = Set.of("workflow", "step", "job");
    private static final Set<String> EVENT_STATUSES =
            Set.of("*", "unassigned", "processing", "succeeded", "failed", "expired", "canceled");

    private final Session session;
    private final List<StepBuilderImpl<?>> steps = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final ArrayNode callbacks = Json.array();
    private final ObjectNode metadata = Json.object();
    private final ObjectNode arguments = Json.object();
    private final ObjectNode other = Json.object();
    private String externalId;
    /** What {@link #variant} changed to make this copy ("gen: seed=7"), so it prints unlike its original. */
    private String variantOf;

    public WorkflowBuilder(Session session) {
        this.session = session;
    }

    /**
     * Adds an image generation step, configured by the lambda: {@code i -> i.engine("flux").prompt("…")}.
     *
     * @param spec sets the step's fields: engine, prompt, size, seed, model, loras… ({@code i.} then TAB lists them)
     * @return this builder, for the next step or {@code whatif()}, {@code submit()}, {@code run()}
     */
    public WorkflowBuilder imageGen(Consumer<ImageGen> spec) {
        Require.nonNull(spec, "imageGen(spec)", "a lambda such as i -> i.engine(\"flux\").prompt(\"…\")");
        ImageGenImpl step = new ImageGenImpl();
        spec.accept(step);
        return add(step);
    }

    /** Adds a step of any {@code $type} with its input as a map. */
    public WorkflowBuilder step(String type, Map<String, ?> input) {
        return step(type, input, s -> {});
    }

    /** Adds a step of any {@code $type} with its input as JSON text, e.g. pasted from the docs. */
    public WorkflowBuilder step(String type, String inputJson) {
        return step(type, inputJson, s -> {});
    }

    /** As {@link #step(String, Map)}, then sets name, priority, timeout or retries: {@code s -> s.name("up")}. */
    public WorkflowBuilder step(String type, Map<String, ?> input, Consumer<GenericStep> options) {
        GenericStepImpl step = new GenericStepImpl(type);
        if (input == null) throw new InvalidRequestException(type + ".input", "must not be null (use Map.of() for none)");
        Require.nonNull(options, "step(type, input, options)", "a lambda such as s -> s.name(\"first\")");
        step.setAll(input);
        options.accept(step);
        return add(step);
    }

    public WorkflowBuilder step(String type, String inputJson, Consumer<GenericStep> options) {
        GenericStepImpl step = new GenericStepImpl(type);
        if (inputJson == null) throw new InvalidRequestException(type + ".input", "must not be null: pass JSON text such as \"{}\"");
        Require.nonNull(options, "step(type, inputJson, options)", "a lambda such as s -> s.name(\"first\")");
        Values.parseObject(type + ".input", inputJson).properties().forEach(e -> step.set(e.getKey(), e.getValue()));
        options.accept(step);
        return add(step);
    }

    /** Adds a step built elsewhere (a typed builder kept in a variable, for instance). */
    public WorkflowBuilder step(StepBuilder<?> step) {
        Require.nonNull(step, "step(step)", "a step builder");
        if (!(step instanceof StepBuilderImpl<?> made))
            throw new InvalidRequestException("step(step)", "takes a step made by this kit's builders (workflow().imageGen()…, or step(\"type\", …)), got a " + step.getClass().getName());
        return add(made);
    }

    /** The step types with typed builders: TAB after {@code workflow().} lists them, each then narrows. */
    public ImageGenEngines imageGen() {
        return new ImageGenEngines(this);
    }

    public VideoGenEngines videoGen() {
        return new VideoGenEngines(this);
    }

    public ImageUpscaler imageUpscaler() {
        return new ImageUpscalerImpl(this);
    }

    public VideoUpscaler videoUpscaler() {
        return new VideoUpscalerImpl(this);
    }

    public VideoInterpolation videoInterpolation() {
        return new VideoInterpolationImpl(this);
    }

    public ConvertImage convertImage() {
        return new ConvertImageImpl(this);
    }

    public ImageBackgroundRemoval imageBackgroundRemoval() {
        return new ImageBackgroundRemovalImpl(this);
    }

    public TextToSpeechEngines textToSpeech() {
        return new TextToSpeechEngines(this);
    }

    public Transcription transcription() {
        return new TranscriptionImpl(this);
    }

    public ChatCompletion chatCompletion() {
        return new ChatCompletionImpl(this);
    }

    public PromptEnhancement promptEnhancement() {
        return new PromptEnhancementImpl(this);
    }

    /** LoRA training ({@code $type: training}): pick the trainer, then the ecosystem. */
    public TrainingEngines training() {
        return new TrainingEngines(this);
    }

    /** The older LoRA training step type ({@code $type: imageResourceTraining}). */
    public ImageResourceTraining imageResourceTraining() {
        return new ImageResourceTrainingImpl(this);
    }

    /** Adds a typed step as it is created (through {@link StepBuilderImpl#attachTo}); answers its index. */
    int attach(StepBuilderImpl<?> step) {
        steps.add(step);
        return steps.size() - 1;
    }

    /**
     * A workflow from a request body as pasted (the docs' examples, a saved request): every
     * field is kept, known or not, so {@link #toJson()} gives the same JSON back.
     */
    public static WorkflowBuilder fromJson(Session session, String text) {
        Require.nonNull(text, "workflowFromJson(text)", "a request body as JSON text, such as {\"steps\": [...]}");
        JsonNode body = Values.parseObject("workflowFromJson(text)", text);
        JsonNode steps = body.get("steps");
        if (steps == null || !steps.isArray())
            throw new InvalidRequestException("steps", "is required: a list of steps; for a recipe body (one step's input) use workflowFromRecipe(type, json)");
        return ofBody(session, body);
    }

    /** A workflow holding this body's steps and fields as they are. */
    private static WorkflowBuilder ofBody(Session session, JsonNode body) {
        JsonNode steps = body.get("steps");
        WorkflowBuilder w = new WorkflowBuilder(session);
        for (int i = 0; i < steps.size(); i++) w.add(new RawStep("steps[" + i + "]", steps.get(i)));
        body.properties().forEach(e -> {
            if (!e.getKey().equals("steps")) w.other.set(e.getKey(), e.getValue().deepCopy());
        });
        return w;
    }

    /**
     * A copy of this workflow with some input fields of one step (by name, or "0", "1"… for an
     * unnamed one) set through that step's own setters, so a misspelt field or a value outside an
     * enum is refused: {@code w.variant("gen", Map.of("seed", 7, "prompt", "a dog"))}. This workflow
     * is left as it was. Sweeps are made of variants.
     */
    public WorkflowBuilder variant(String step, Map<String, ?> inputs) {
        if (step == null) throw new InvalidRequestException("variant(step, inputs)", "name the step to vary, e.g. \"gen\" or \"0\"");
        return variant(stepIndex(step), inputs);
    }

    /** As {@link #variant(String, Map)}, naming the step by its position (0 is the first). */
    public WorkflowBuilder variant(int step, Map<String, ?> inputs) {
        if (inputs == null) throw new InvalidRequestException("variant(step, inputs)", "inputs must not be null: pass Map.of(\"seed\", 7)");
        WorkflowBuilder v = ofBody(session, templateWith(step, inputs));
        String name = steps.get(step).stepName();
        StringBuilder changed = new StringBuilder(name == null ? "step " + step : name).append(':');
        inputs.forEach((k, val) -> changed.append(changed.charAt(changed.length() - 1) == ':' ? " " : ", ").append(k).append('=').append(brief(val)));
        v.variantOf = changed.toString();
        return v;
    }

    /** A recipe body (what {@code POST /v2/consumer/recipes/{type}} takes) as a one-step workflow. */
    public static WorkflowBuilder fromRecipe(Session session, String type, String inputJson) {
        Require.nonNull(type, "workflowFromRecipe(type, inputJson)", "a step type such as \"imageGen\"");
        return new WorkflowBuilder(session).step(type, inputJson);
    }

    private WorkflowBuilder add(StepBuilderImpl<?> step) {
        attach(step);
        return this;
    }

    public WorkflowBuilder tags(String... values) {
        Require.nonNull(values, "tags(values)", "one or more tags such as tags(\"cats\", \"test\")");
        for (String t : values) tag(t);
        return this;
    }

    public WorkflowBuilder tag(String tag) {
        Limits.tag("tags", tag);
        if (tags.size() >= Limits.MAX_TAGS && !tags.contains(tag))
            throw new InvalidRequestException("tags", "a workflow may have at most " + Limits.MAX_TAGS + " tags");
        if (!tags.contains(tag)) tags.add(tag);
        return this;
    }

    public WorkflowBuilder metadata(String key, Object value) {
        if (key == null || key.isBlank()) throw new InvalidRequestException("metadata", "keys must not be blank, got " + Text.quote(key));
        Text.requireEncodable("metadata", key);
        metadata.set(key, Values.toNode("metadata." + key, value));
        return this;
    }

    public WorkflowBuilder metadata(Map<String, ?> values) {
        Require.nonNull(values, "metadata(values)", "a Map such as Map.of(\"project\", \"cats\")");
        // Checked as one value first: a map that holds itself is named where it does, and a refusal adds nothing.
        JsonNode all = Values.toNode("metadata", values);
        for (var e : all.properties())
            if (e.getKey().isBlank()) throw new InvalidRequestException("metadata", "keys must not be blank, got " + Text.quote(e.getKey()));
        all.properties().forEach(e -> metadata.set(e.getKey(), e.getValue()));
        return this;
    }

    /** A value steps can reference as {@code {"$ref": "$arguments", "path": key}}. */
    public WorkflowBuilder argument(String key, Object value) {
        if (key == null || key.isBlank()) throw new InvalidRequestException("arguments", "keys must not be blank, got " + Text.quote(key));
        Text.requireEncodable("arguments", key);
        arguments.set(key, Values.toNode("arguments." + key, value));
        return this;
    }

    /** Your idempotency key: submitting twice with it answers the first workflow, charged once. */
    public WorkflowBuilder externalId(String id) {
        if (id == null || !Limits.EXTERNAL_ID.matcher(id).matches())
            throw new InvalidRequestException("externalId", "must be 1 to 128 characters of A-Z a-z 0-9 _ -, got "
                    + Text.quote(id));
        this.externalId = id;
        return this;
    }

    /**
     * Asks the orchestrator to POST events to {@code url}; event types are {@code scope:status}
     * such as {@code workflow:succeeded} or {@code step:*}. The real service calls HTTPS URLs only.
     */
    public WorkflowBuilder callback(String url, String... eventTypes) {
        Callbacks.url("callbacks.url", url);
        if (eventTypes == null || eventTypes.length == 0)
            throw new InvalidRequestException("callbacks.type", "name at least one event type, e.g. \"workflow:*\"");
        ObjectNode cb = Json.object();
        cb.put("url", url);
        ArrayNode types = cb.putArray("type");
        for (String t : eventTypes) {
            String[] parts = t == null ? new String[0] : t.split(":", -1);
            if (parts.length != 2 || !EVENT_SCOPES.contains(parts[0]) || !EVENT_STATUSES.contains(parts[1]))
                throw new InvalidRequestException("callbacks.type", "event types are workflow|step|job : "
                        + "*|unassigned|processing|succeeded|failed|expired|canceled, got " + t);
            types.add(t);
        }
        callbacks.add(cb);
        return this;
    }

    /** Any other top-level field of the request (nsfwLevel, allowMatureContent, currencies, …). */
    public WorkflowBuilder set(String field, Object value) {
        if (field == null || field.isBlank()) throw new InvalidRequestException("set(field, value)", "field names must not be blank, got " + Text.quote(field));
        Text.requireEncodable("set(field, value)", field);
        if (field.equals("steps")) throw new InvalidRequestException("steps", "add steps with imageGen(…) or step(…)");
        other.set(field, Values.toNode(field, value));
        return this;
    }

    /** The request body, checked: what {@link #submit()} would send. */
    ObjectNode template() {
        if (steps.isEmpty())
            throw new InvalidRequestException("steps", "a workflow needs at least one step: add .imageGen(i -> …) or .step(type, input)");
        ObjectNode body = Json.object();
        ArrayNode arr = body.putArray("steps");
        for (int i = 0; i < steps.size(); i++) arr.add(steps.get(i).build("steps[" + i + "]"));
        References.check(arr, !arguments.isEmpty());
        if (!tags.isEmpty()) tags.forEach(body.putArray("tags")::add);
        if (!metadata.isEmpty()) body.set("metadata", metadata.deepCopy());
        if (!arguments.isEmpty()) body.set("arguments", arguments.deepCopy());
        if (!callbacks.isEmpty()) body.set("callbacks", callbacks.deepCopy());
        if (externalId != null) body.put("externalId", externalId);
        other.properties().forEach(e -> body.set(e.getKey(), e.getValue().deepCopy()));
        tagsCheckedAsAddressable(body.get("tags"));
        return body;
    }

    /** Tags pasted or {@code set("tags", …)} meet the rule {@link #tag(String)} applies: untag() puts each in a URL. */
    private static void tagsCheckedAsAddressable(JsonNode tags) {
        if (tags == null || tags.isNull()) return;
        if (!tags.isArray()) throw new InvalidRequestException("tags", "must be a list of text, got " + tags.getNodeType());
        for (int i = 0; i < tags.size(); i++) {
            JsonNode t = tags.get(i);
            if (!t.isString()) throw new InvalidRequestException("tags[" + i + "]", "must be text, got " + t.getNodeType());
            Limits.tag("tags[" + i + "]", t.asString());
        }
    }

    /**
     * The request body with some input fields of one step replaced, checked by that step's own
     * rules: what a sweep sends for one cell. The builder itself is left as it was.
     */
    ObjectNode templateWith(int stepIndex, Map<String, ?> inputOverrides) {
        return withOverrides(stepIndex, inputOverrides, this::template);
    }

    /**
     * The DSL line that makes this workflow's request with those fields of one step set: the chain a
     * person would type, or {@code workflowFromJson(…)} when no chain gives the same request.
     */
    String codeWith(int stepIndex, Map<String, ?> inputOverrides) {
        return withOverrides(stepIndex, inputOverrides, () -> DslCode.of(this, template()));
    }

    /** Runs {@code then} with one step's fields set through its setters, and puts them back after. */
    private <T> T withOverrides(int stepIndex, Map<String, ?> inputOverrides, Supplier<T> then) {
        if (stepIndex < 0 || stepIndex >= steps.size())
            throw new InvalidRequestException("steps", "no step " + stepIndex + " to vary; the workflow has " + steps.size());
        StepBuilderImpl<?> step = steps.get(stepIndex);
        ObjectNode saved = step.input.deepCopy();
        try {
            String at = "steps[" + stepIndex + "]";
            inputOverrides.forEach((field, value) -> Overrides.apply(step, at, field, value));
            return then.get();
        } finally {
            step.input.removeAll();
            step.input.setAll(saved);
        }
    }

    List<StepBuilderImpl<?>> steps() {
        return steps;
    }

    /** The index of the step with this name (or the n-th step for "0", "1", …), for sweeps. */
    int stepIndex(String name) {
        for (int i = 0; i < steps.size(); i++) {
            String n = steps.get(i).stepName();
            if (name.equals(n) || (n == null && name.equals(Integer.toString(i)))) return i;
        }
        throw new InvalidRequestException("steps", "no step named '" + name + "'");
    }

    /**
     * The request body as it would be sent: always the complete JSON, compact, however long, ready for
     * {@code Files.writeString(path, w.toJson())}. Prints nothing; {@link #printJson()} shows it.
     */
    public String toJson() {
        return Json.write(template());
    }

    /** The request body as a tree, a copy: changing it leaves the workflow as it was. */
    public JsonNode toJsonNode() {
        return template();
    }

    /** Prints the request body whole and indented, through the session's output; nothing is sent. */
    public void printJson() {
        (session == null ? System.out : session.out()).println(Json.pretty(template()));
    }

    /** Prices the workflow without running it (SubmitWorkflow with whatif=true). */
    public Quote whatif() {
        return session.whatif(template());
    }

    /** Sends the workflow and returns at once with a handle to it. */
    public WorkflowHandle submit() {
        return session.submit(template(), 0);
    }

    /**
     * Sends the workflow and lets the server hold the answer up to {@code waitSeconds}.
     *
     * @param waitSeconds how long the server may hold the answer, 0 to 100 seconds
     * @return a handle to the submitted workflow, finished if it ended within the wait
     */
    public WorkflowHandle submit(int waitSeconds) {
        return session.submit(template(), waitSeconds);
    }

    /** Sends the workflow and waits until it ends: {@code submit().await()}. */
    public WorkflowHandle run() {
        return submit().await();
    }

    /** The step types in order, for a quick look. */
    public List<String> stepTypes() {
        List<String> types = new ArrayList<>();
        steps.forEach(s -> types.add(s.type()));
        return types;
    }

    /**
     * One line within JShell's 80 characters for a var: what it is (a workflow, or a variant and what it changed),
     * its steps, then hints as far as they fit. Nothing has been sent, and it says so.
     */
    @Override
    public String toString() {
        List<String> types = stepTypes();
        String all = types.isEmpty() ? "no steps yet" : String.join(" > ", types);
        String few = types.size() > 1 ? types.get(0) + " +" + (types.size() - 1) : all;
        String kind = variantOf == null ? "workflow, not sent: " : "variant, not sent: ";
        String of = variantOf == null ? "" : " (" + variantOf + ")";
        String head = kind + (kind.length() + all.length() + of.length() <= Fit.VAR ? all : few) + of;
        Set<String> t = new LinkedHashSet<>(tags);
        return Fit.line(Fit.VAR, head, "whatif() prices it, submit() sends it",
                t.isEmpty() ? "printJson() shows it" : "tags " + t);
    }

    private static String brief(Object value) {
        String s = String.valueOf(value);
        return s.length() <= 16 ? s : s.substring(0, 15) + "…";
    }
}
