package dev.civkit.dsl;

/**
 * {@code engine: flux2}: Black Forest Labs' FLUX.2 family, create or edit. Each model's step offers
 * the fields its official type has: klein its sampler settings, dev and flex guidance, pro and max
 * only what every model takes.
 */
public interface Flux2<S extends Flux2<S>> extends PromptImage<S> {
    S size(int width, int height);

    S seed(long seed);

    S quantity(int quantity);

    S enablePromptExpansion(boolean on);

    /** pro and max: the fields every FLUX.2 model takes. */
    interface Create extends Flux2<Create> {}

    /** pro and max, editing the pictures given. */
    interface Edit extends Flux2<Edit> {
        /** The pictures to edit. */
        Edit images(Object... urlsOrRefs);
    }

    /** FLUX.2 [klein]: a model version and the sampler settings of a local model. */
    interface Klein<S extends Klein<S>> extends Flux2<S> {
        /** 4b, 4b-base, 9b, 9b-base or 9b-kv. */
        S modelVersion(String v);

        S cfgScale(double cfg);

        S steps(int steps);

        S negativePrompt(String negativePrompt);

        S sampleMethod(SampleMethod m);

        S schedule(Schedule s);

        /** A LoRA by AIR and its strength; call once for each. */
        S lora(String air, double strength);

        interface Create extends Klein<Create> {}

        interface Edit extends Klein<Edit> {
            /** The pictures to edit. */
            Edit images(Object... urlsOrRefs);
        }
    }

    /** FLUX.2 [flex]: guidance and the number of steps. */
    interface Flex<S extends Flex<S>> extends Flux2<S> {
        S guidanceScale(double g);

        S numInferenceSteps(int n);

        interface Create extends Flex<Create> {}

        interface Edit extends Flex<Edit> {
            /** The pictures to edit. */
            Edit images(Object... urlsOrRefs);
        }
    }

    /** FLUX.2 [dev]: flex's fields and LoRAs. */
    interface Dev<S extends Dev<S>> extends Flex<S> {
        /** A LoRA by AIR and its strength; call once for each. */
        S lora(String air, double strength);

        interface Create extends Dev<Create> {}

        interface Edit extends Dev<Edit> {
            /** The pictures to edit. */
            Edit images(Object... urlsOrRefs);
        }
    }

    final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public CreateOrEdit<Klein.Create, Klein.Edit> klein() {
            return new CreateOrEdit<>(() -> new Flux2Impl.KleinCreate(owner), () -> new Flux2Impl.KleinEdit(owner));
        }

        public CreateOrEdit<Dev.Create, Dev.Edit> dev() {
            return new CreateOrEdit<>(() -> new Flux2Impl.DevCreate(owner), () -> new Flux2Impl.DevEdit(owner));
        }

        public CreateOrEdit<Flex.Create, Flex.Edit> flex() {
            return new CreateOrEdit<>(() -> new Flux2Impl.FlexCreate(owner), () -> new Flux2Impl.FlexEdit(owner));
        }

        public CreateOrEdit<Create, Edit> pro() {
            return new CreateOrEdit<>(() -> new Flux2Impl.PlainCreate(owner, "pro"), () -> new Flux2Impl.PlainEdit(owner, "pro"));
        }

        public CreateOrEdit<Create, Edit> max() {
            return new CreateOrEdit<>(() -> new Flux2Impl.PlainCreate(owner, "max"), () -> new Flux2Impl.PlainEdit(owner, "max"));
        }

        @Override
        public String toString() {
            return Choices.of(this, "flux2: choose the model");
        }
    }
}
