package dev.civkit.dsl;


/** {@code engine: flux2}: Black Forest Labs' FLUX.2 family, create or edit. */
public final class Flux2 extends PromptImage<Flux2> {
    private final String model;

    Flux2(WorkflowBuilder owner, String model, String operation) {
        super(owner, "flux2");
        this.model = model;
        preset("model", model);
        preset("operation", operation);
    }

    public static final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public CreateOrEdit<Flux2> klein() {
            return new CreateOrEdit<>(op -> new Flux2(owner, "klein", op));
        }

        public CreateOrEdit<Flux2> dev() {
            return new CreateOrEdit<>(op -> new Flux2(owner, "dev", op));
        }

        public CreateOrEdit<Flux2> flex() {
            return new CreateOrEdit<>(op -> new Flux2(owner, "flex", op));
        }

        public CreateOrEdit<Flux2> pro() {
            return new CreateOrEdit<>(op -> new Flux2(owner, "pro", op));
        }

        public CreateOrEdit<Flux2> max() {
            return new CreateOrEdit<>(op -> new Flux2(owner, "max", op));
        }

        @Override
        public String toString() {
            return Choices.of(this, "flux2: choose the model");
        }
    }

    private Flux2 only(String field, String... models) {
        if (!java.util.List.of(models).contains(model))
            throw new dev.civkit.request.InvalidRequestException(type() + ".input." + field,
                    "is for flux2 " + String.join("/", models) + ", not " + model);
        return this;
    }

    public Flux2 size(int width, int height) {
        return whole("width", width, 1, 4096).whole("height", height, 1, 4096);
    }

    public Flux2 seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    public Flux2 quantity(int quantity) {
        return whole("quantity", quantity, 1, dev.civkit.request.Limits.MAX_QUANTITY);
    }

    public Flux2 enablePromptExpansion(boolean on) {
        return put("enablePromptExpansion", on);
    }

    /** editImage: the source images. */
    public Flux2 images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    /** klein: 4b, 4b-base, 9b, 9b-base or 9b-kv. */
    public Flux2 modelVersion(String v) {
        return only("modelVersion", "klein").oneOf("modelVersion", v, "4b", "4b-base", "9b", "9b-base", "9b-kv");
    }

    /** klein. */
    public Flux2 cfgScale(double cfg) {
        return only("cfgScale", "klein").num("cfgScale", cfg);
    }

    /** klein. */
    public Flux2 steps(int steps) {
        return only("steps", "klein").whole("steps", steps, 1, 200);
    }

    /** klein. */
    public Flux2 negativePrompt(String negativePrompt) {
        return only("negativePrompt", "klein").put("negativePrompt", negativePrompt);
    }

    /** klein. */
    public Flux2 sampleMethod(SampleMethod m) {
        return only("sampleMethod", "klein").put("sampleMethod", choice("sampleMethod", m, SampleMethod.class));
    }

    /** klein. */
    public Flux2 schedule(Schedule s) {
        return only("schedule", "klein").put("schedule", choice("schedule", s, Schedule.class));
    }

    /** dev, flex. */
    public Flux2 guidanceScale(double g) {
        return only("guidanceScale", "dev", "flex").num("guidanceScale", g);
    }

    /** dev, flex. */
    public Flux2 numInferenceSteps(int n) {
        return only("numInferenceSteps", "dev", "flex").whole("numInferenceSteps", n, 1, 200);
    }

    /** klein takes {air: strength}; dev takes [{air, strength}], as the types say. */
    public Flux2 lora(String air, double strength) {
        if (model.equals("klein")) return mapEntry("loras", air, strength);
        only("loras", "klein", "dev");
        tools.jackson.databind.node.ArrayNode arr = input.get("loras") instanceof tools.jackson.databind.node.ArrayNode a ? a : dev.civkit.json.Json.array();
        tools.jackson.databind.node.ObjectNode l = arr.addObject();
        l.put("air", air);
        l.put("strength", strength);
        input.set("loras", arr);
        return this;
    }
}
