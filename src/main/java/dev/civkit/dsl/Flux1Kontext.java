package dev.civkit.dsl;


/** {@code engine: flux1-kontext}, models dev / pro / max. */
public final class Flux1Kontext extends PromptImage<Flux1Kontext> {
    Flux1Kontext(WorkflowBuilder owner, String model) {
        super(owner, "flux1-kontext");
        preset("model", model);
    }

    public static final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Flux1Kontext dev() {
            return new Flux1Kontext(owner, "dev");
        }

        public Flux1Kontext pro() {
            return new Flux1Kontext(owner, "pro");
        }

        public Flux1Kontext max() {
            return new Flux1Kontext(owner, "max");
        }

        @Override
        public String toString() {
            return Choices.of(this, "flux1Kontext: choose the model");
        }
    }

    public Flux1Kontext images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    public Flux1Kontext aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21");
    }

    public Flux1Kontext guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    public Flux1Kontext seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    public Flux1Kontext quantity(int quantity) {
        return whole("quantity", quantity, 1, dev.civkit.request.Limits.MAX_QUANTITY);
    }
}
