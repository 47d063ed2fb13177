package dev.civkit.dsl;

/** {@code engine: flux2}: Black Forest Labs' FLUX.2 family, create or edit. */
public interface Flux2 extends PromptImage<Flux2> {
    Flux2 size(int width, int height);

    Flux2 seed(long seed);

    Flux2 quantity(int quantity);

    Flux2 enablePromptExpansion(boolean on);

    /** editImage: the source images. */
    Flux2 images(Object... urlsOrRefs);

    /** klein: 4b, 4b-base, 9b, 9b-base or 9b-kv. */
    Flux2 modelVersion(String v);

    /** klein. */
    Flux2 cfgScale(double cfg);

    /** klein. */
    Flux2 steps(int steps);

    /** klein. */
    Flux2 negativePrompt(String negativePrompt);

    /** klein. */
    Flux2 sampleMethod(SampleMethod m);

    /** klein. */
    Flux2 schedule(Schedule s);

    /** dev, flex. */
    Flux2 guidanceScale(double g);

    /** dev, flex. */
    Flux2 numInferenceSteps(int n);

    /** klein takes {air: strength}; dev takes [{air, strength}], as the types say. */
    Flux2 lora(String air, double strength);

    final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public CreateOrEdit<Flux2> klein() {
            return new CreateOrEditImpl<>(op -> new Flux2Impl(owner, "klein", op));
        }

        public CreateOrEdit<Flux2> dev() {
            return new CreateOrEditImpl<>(op -> new Flux2Impl(owner, "dev", op));
        }

        public CreateOrEdit<Flux2> flex() {
            return new CreateOrEditImpl<>(op -> new Flux2Impl(owner, "flex", op));
        }

        public CreateOrEdit<Flux2> pro() {
            return new CreateOrEditImpl<>(op -> new Flux2Impl(owner, "pro", op));
        }

        public CreateOrEdit<Flux2> max() {
            return new CreateOrEditImpl<>(op -> new Flux2Impl(owner, "max", op));
        }

        @Override
        public String toString() {
            return Choices.of(this, "flux2: choose the model");
        }
    }
}
