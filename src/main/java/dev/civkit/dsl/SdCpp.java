package dev.civkit.dsl;

/** {@code engine: sdcpp}: choose the ecosystem, then the operation. */
public final class SdCpp {
    private final WorkflowBuilder owner;

    SdCpp(WorkflowBuilder owner) {
        this.owner = owner;
    }

    public Sd1Ops sd1() {
        return new Sd1Ops(owner);
    }

    public CheckpointOps sdxl() {
        return new CheckpointOps(owner, "sdxl");
    }

    public Flux1Ops flux1() {
        return new Flux1Ops(owner);
    }

    /** FLUX.2 [klein] on sdcpp ({@code ecosystem: flux2Klein}). */
    public Flux2KleinOps flux2Klein() {
        return new Flux2KleinOps(owner);
    }

    /** FLUX.2 [dev] on sdcpp ({@code ecosystem: flux2Dev}). */
    public Flux2Ops flux2Dev() {
        return new Flux2Ops(owner, "flux2Dev");
    }

    public ZImageModels zImage() {
        return new ZImageModels(owner);
    }

    /** Qwen-Image 20B ({@code ecosystem: qwen, model: 20b}). */
    public QwenOps qwen() {
        return new QwenOps(owner);
    }

    public AnimaOps anima() {
        return new AnimaOps(owner);
    }

    /** SD 1.x: SDXL's operations and fields, and clipSkip. */
    public static final class Sd1Ops {
        private final WorkflowBuilder owner;

        Sd1Ops(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Sd1.Create createImage() {
            return new SdCppCheckpointImpl.Sd1Create(owner);
        }

        public Sd1.Variant createVariant() {
            return new SdCppCheckpointImpl.Sd1Variant(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp sd1: choose the operation");
        }
    }

    /** SDXL checkpoints. */
    public static final class CheckpointOps {
        private final WorkflowBuilder owner;
        private final String ecosystem;

        CheckpointOps(WorkflowBuilder owner, String ecosystem) {
            this.owner = owner;
            this.ecosystem = ecosystem;
        }

        public Checkpoint.Create createImage() {
            return new SdCppCheckpointImpl.Create(owner, ecosystem);
        }

        public Checkpoint.Variant createVariant() {
            return new SdCppCheckpointImpl.Variant(owner, ecosystem);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp: choose the operation");
        }
    }

    public static final class Flux1Ops {
        private final WorkflowBuilder owner;

        Flux1Ops(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Flux1.Create createImage() {
            return new SdCppFlux1Impl.Create(owner, "createImage");
        }

        public Flux1.Variant createVariant() {
            return new SdCppFlux1Impl.Variant(owner);
        }

        public Flux1.Edit editImage() {
            return new SdCppFlux1Impl.Edit(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp flux1: choose the operation");
        }
    }

    /** FLUX.2 [dev] on sdcpp. */
    public static final class Flux2Ops {
        private final WorkflowBuilder owner;
        private final String ecosystem;

        Flux2Ops(WorkflowBuilder owner, String ecosystem) {
            this.owner = owner;
            this.ecosystem = ecosystem;
        }

        public Flux2Sd.Create createImage() {
            return new SdCppFlux2SdImpl.Create(owner, ecosystem, "createImage");
        }

        public Flux2Sd.Variant createVariant() {
            return new SdCppFlux2SdImpl.Variant(owner, ecosystem);
        }

        public Flux2Sd.Edit editImage() {
            return new SdCppFlux2SdImpl.Edit(owner, ecosystem);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp flux2: choose the operation");
        }
    }

    /** FLUX.2 [klein] on sdcpp: dev's operations, and a model version. */
    public static final class Flux2KleinOps {
        private final WorkflowBuilder owner;

        Flux2KleinOps(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Flux2Klein.Create createImage() {
            return new SdCppFlux2SdImpl.KleinCreate(owner);
        }

        public Flux2Klein.Variant createVariant() {
            return new SdCppFlux2SdImpl.KleinVariant(owner);
        }

        public Flux2Klein.Edit editImage() {
            return new SdCppFlux2SdImpl.KleinEdit(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp flux2: choose the operation");
        }
    }

    public static final class ZImageModels {
        private final WorkflowBuilder owner;

        ZImageModels(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public ZImage.Ops turbo() {
            return new ZImage.Ops(owner, "turbo");
        }

        public ZImage.Ops base() {
            return new ZImage.Ops(owner, "base");
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp zImage: choose the model");
        }
    }

    public static final class QwenOps {
        private final WorkflowBuilder owner;

        QwenOps(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Qwen.Create createImage() {
            return new SdCppQwenImpl.Create(owner, "createImage");
        }

        public Qwen.Variant createVariant() {
            return new SdCppQwenImpl.Variant(owner);
        }

        public Qwen.Edit editImage() {
            return new SdCppQwenImpl.Edit(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp qwen: choose the operation");
        }
    }

    public static final class AnimaOps {
        private final WorkflowBuilder owner;

        AnimaOps(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Anima.Create createImage() {
            return new SdCppAnimaImpl.Create(owner, "createImage");
        }

        public Anima.Variant createVariant() {
            return new SdCppAnimaImpl.Variant(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp anima: choose the operation");
        }
    }

    /** sdxl (and sd1): a checkpoint AIR, optional VAE, embeddings. */
    public interface Checkpoint<S extends Checkpoint<S>> extends SdCppImage<S> {
        /** The checkpoint AIR, e.g. urn:air:sdxl:checkpoint:civitai:101055@128078. */
        S model(String air);

        S vaeModel(String air);

        S embeddings(String... airs);

        /** off or normal. */
        S uCache(String mode);

        interface Create extends Checkpoint<Create> {}

        interface Variant extends Checkpoint<Variant>, SdCppImage.FromImage<Variant> {}
    }

    /** SD 1.x: a checkpoint's fields and clipSkip. */
    public interface Sd1<S extends Sd1<S>> extends Checkpoint<S> {
        /** How many CLIP layers to skip (the docs send -1 for the default). */
        S clipSkip(int layers);

        interface Create extends Sd1<Create> {}

        interface Variant extends Sd1<Variant>, SdCppImage.FromImage<Variant> {}
    }

    /**
     * FLUX.1 on sdcpp. The types mark clipL, t5XXL and VAE required, yet the docs' recipe sends
     * only diffuserModel and the server fills the rest, so only diffuserModel is checked here.
     */
    public interface Flux1<S extends Flux1<S>> extends SdCppImage<S> {
        S diffuserModel(String air);

        S clipLModel(String air);

        S t5XXLModel(String air);

        S vaeModel(String air);

        interface Create extends Flux1<Create> {}

        interface Variant extends Flux1<Variant>, SdCppImage.FromImage<Variant> {}

        interface Edit extends Flux1<Edit> {
            Edit images(Object... urlsOrRefs);
        }
    }

    /** FLUX.2 dev on sdcpp (and klein, which adds a model version). */
    public interface Flux2Sd<S extends Flux2Sd<S>> extends SdCppImage<S> {
        interface Create extends Flux2Sd<Create> {}

        interface Variant extends Flux2Sd<Variant>, SdCppImage.FromImage<Variant> {}

        interface Edit extends Flux2Sd<Edit> {
            Edit images(Object... urlsOrRefs);
        }
    }

    /** FLUX.2 klein on sdcpp: dev's fields and a model version. */
    public interface Flux2Klein<S extends Flux2Klein<S>> extends Flux2Sd<S> {
        /** 4b, 4b-base, 9b or 9b-base. */
        S modelVersion(String v);

        interface Create extends Flux2Klein<Create> {}

        interface Variant extends Flux2Klein<Variant>, SdCppImage.FromImage<Variant> {}

        interface Edit extends Flux2Klein<Edit> {
            Edit images(Object... urlsOrRefs);
        }
    }

    /** Z-Image turbo or base: createImage only. */
    public interface ZImage extends SdCppImage<ZImage> {
        ZImage diffuserModel(String air);

        public static final class Ops {
            private final WorkflowBuilder owner;
            private final String model;

            Ops(WorkflowBuilder owner, String model) {
                this.owner = owner;
                this.model = model;
            }

            public ZImage createImage() {
                return new SdCppZImageImpl(owner, model);
            }

            @Override
            public String toString() {
                return Choices.of(this, "sdcpp zImage: choose the operation");
            }
        }
    }

    public interface Qwen<S extends Qwen<S>> extends SdCppImage<S> {
        /** latest or 2509; then 2512 to create (and for variants), 2511 to edit: each release is one or the other. */
        S version(String v);

        interface Create extends Qwen<Create> {}

        interface Variant extends Qwen<Variant>, SdCppImage.FromImage<Variant> {}

        /** Editing needs the output size and at least one source image. */
        interface Edit extends Qwen<Edit> {
            Edit images(Object... urlsOrRefs);
        }
    }

    public interface Anima<S extends Anima<S>> extends SdCppImage<S> {
        S diffuserModel(String air);

        interface Create extends Anima<Create> {}

        interface Variant extends Anima<Variant>, SdCppImage.FromImage<Variant> {}
    }

    public String toString() {
        return Choices.of(this, "sdcpp: choose the ecosystem");
    }
}
