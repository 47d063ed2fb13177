package dev.civkit.dsl;

import dev.civkit.json.Json;
import dev.civkit.request.Limits;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every FLUX.2 field in one place; the small classes below are the models' steps, each offering
 * through its interface only the fields its official type has (which is all TAB, forms and sweeps
 * see), so a setter here needs no check of which model it is on.
 */
abstract class Flux2Impl<S extends Flux2<S>> extends PromptImageImpl<S> implements Flux2<S> {
    private final String model;

    Flux2Impl(WorkflowBuilder owner, String model, String operation) {
        super(owner, "flux2");
        this.model = model;
        preset("model", model);
        preset("operation", operation);
    }

    @Override
    public S size(int width, int height) {
        whole("width", width, 1, 4096);
        return whole("height", height, 1, 4096);
    }

    @Override
    public S seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    @Override
    public S quantity(int quantity) {
        return whole("quantity", quantity, 1, Limits.MAX_QUANTITY);
    }

    @Override
    public S enablePromptExpansion(boolean on) {
        return put("enablePromptExpansion", on);
    }

    public S images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    public S modelVersion(String v) {
        return oneOf("modelVersion", v, "4b", "4b-base", "9b", "9b-base", "9b-kv");
    }

    public S cfgScale(double cfg) {
        return num("cfgScale", cfg);
    }

    public S steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    public S negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    public S sampleMethod(SampleMethod m) {
        return put("sampleMethod", choice("sampleMethod", m, SampleMethod.class));
    }

    public S schedule(Schedule s) {
        return put("schedule", choice("schedule", s, Schedule.class));
    }

    public S guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    public S numInferenceSteps(int n) {
        return whole("numInferenceSteps", n, 1, 200);
    }

    /** klein takes {air: strength}; dev takes [{air, strength}], as their types say. */
    public S lora(String air, double strength) {
        if (model.equals("klein")) return mapEntry("loras", air, strength);
        ArrayNode all = input.get("loras") instanceof ArrayNode a ? a : Json.array();
        ObjectNode one = all.addObject();
        one.put("air", air);
        one.put("strength", strength);
        input.set("loras", all);
        return self();
    }

    static final class PlainCreate extends Flux2Impl<Flux2.Create> implements Flux2.Create {
        PlainCreate(WorkflowBuilder owner, String model) {
            super(owner, model, "createImage");
        }
    }

    static final class PlainEdit extends Flux2Impl<Flux2.Edit> implements Flux2.Edit {
        PlainEdit(WorkflowBuilder owner, String model) {
            super(owner, model, "editImage");
        }
    }

    static final class KleinCreate extends Flux2Impl<Flux2.Klein.Create> implements Flux2.Klein.Create {
        KleinCreate(WorkflowBuilder owner) {
            super(owner, "klein", "createImage");
        }
    }

    static final class KleinEdit extends Flux2Impl<Flux2.Klein.Edit> implements Flux2.Klein.Edit {
        KleinEdit(WorkflowBuilder owner) {
            super(owner, "klein", "editImage");
        }
    }

    static final class DevCreate extends Flux2Impl<Flux2.Dev.Create> implements Flux2.Dev.Create {
        DevCreate(WorkflowBuilder owner) {
            super(owner, "dev", "createImage");
        }
    }

    static final class DevEdit extends Flux2Impl<Flux2.Dev.Edit> implements Flux2.Dev.Edit {
        DevEdit(WorkflowBuilder owner) {
            super(owner, "dev", "editImage");
        }
    }

    static final class FlexCreate extends Flux2Impl<Flux2.Flex.Create> implements Flux2.Flex.Create {
        FlexCreate(WorkflowBuilder owner) {
            super(owner, "flex", "createImage");
        }
    }

    static final class FlexEdit extends Flux2Impl<Flux2.Flex.Edit> implements Flux2.Flex.Edit {
        FlexEdit(WorkflowBuilder owner) {
            super(owner, "flex", "editImage");
        }
    }
}
