package dev.civkit.dsl;

/** {@code engine: flux1-kontext}, models dev / pro / max. */
public interface Flux1Kontext extends PromptImage<Flux1Kontext> {
    Flux1Kontext images(Object... urlsOrRefs);

    Flux1Kontext aspectRatio(String ratio);

    Flux1Kontext guidanceScale(double g);

    Flux1Kontext seed(long seed);

    Flux1Kontext quantity(int quantity);

    final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Flux1Kontext dev() {
            return new Flux1KontextImpl(owner, "dev");
        }

        public Flux1Kontext pro() {
            return new Flux1KontextImpl(owner, "pro");
        }

        public Flux1Kontext max() {
            return new Flux1KontextImpl(owner, "max");
        }

        @Override
        public String toString() {
            return Choices.of(this, "flux1Kontext: choose the model");
        }
    }
}
