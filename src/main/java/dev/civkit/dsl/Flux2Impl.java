package dev.civkit.dsl;

/**
 * The FLUX.2 fields the other engines do not share (those are in {@link PromptStepImpl}); the small
 * classes below are the models' steps, each offering through its interface only the fields its
 * official type has (which is all TAB, forms and sweeps see), so a setter needs no check of which
 * model it is on.
 */
abstract class Flux2Impl<S extends Flux2<S>> extends PromptImageImpl<S> implements Flux2<S> {
    private final String model;

    Flux2Impl(WorkflowBuilder owner, String model, String operation) {
        super(owner, "flux2");
        this.model = model;
        preset("model", model);
        preset("operation", operation);
    }

    public S modelVersion(String v) {
        return oneOf("modelVersion", v, "4b", "4b-base", "9b", "9b-base", "9b-kv");
    }

    /** klein takes {air: strength}; dev takes [{air, strength}], as their types say. */
    @Override
    public S lora(String air, double strength) {
        return model.equals("klein") ? super.lora(air, strength) : loraList(air, strength);
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
