package dev.civkit.dsl;


/** {@code engine: sdcpp}: choose the ecosystem, then the operation. */
public final class SdCpp {
    private final WorkflowBuilder owner;

    SdCpp(WorkflowBuilder owner) {
        this.owner = owner;
    }

    public CheckpointOps sd1() {
        return new CheckpointOps("sd1");
    }

    public CheckpointOps sdxl() {
        return new CheckpointOps("sdxl");
    }

    public Flux1Ops flux1() {
        return new Flux1Ops();
    }

    /** FLUX.2 [klein] on sdcpp ({@code ecosystem: flux2Klein}). */
    public Flux2Ops flux2Klein() {
        return new Flux2Ops("flux2Klein");
    }

    /** FLUX.2 [dev] on sdcpp ({@code ecosystem: flux2Dev}). */
    public Flux2Ops flux2Dev() {
        return new Flux2Ops("flux2Dev");
    }

    public ZImageModels zImage() {
        return new ZImageModels();
    }

    /** Qwen-Image 20B ({@code ecosystem: qwen, model: 20b}). */
    public QwenOps qwen() {
        return new QwenOps();
    }

    public AnimaOps anima() {
        return new AnimaOps();
    }

    /** SD 1.x and SDXL checkpoints take the same operations; only the ecosystem differs. */
    public final class CheckpointOps {
        private final String ecosystem;

        CheckpointOps(String ecosystem) {
            this.ecosystem = ecosystem;
        }

        public Checkpoint.Create createImage() {
            return new Checkpoint.Create(owner, ecosystem);
        }

        public Checkpoint.Variant createVariant() {
            return new Checkpoint.Variant(owner, ecosystem);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp: choose the operation");
        }
    }

    public final class Flux1Ops {
        public Flux1.Create createImage() {
            return new Flux1.Create(owner, "createImage");
        }

        public Flux1.Variant createVariant() {
            return new Flux1.Variant(owner);
        }

        public Flux1.Edit editImage() {
            return new Flux1.Edit(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp flux1: choose the operation");
        }
    }

    public final class Flux2Ops {
        private final String ecosystem;

        Flux2Ops(String ecosystem) {
            this.ecosystem = ecosystem;
        }

        public Flux2Sd.Create createImage() {
            return new Flux2Sd.Create(owner, ecosystem, "createImage");
        }

        public Flux2Sd.Variant createVariant() {
            return new Flux2Sd.Variant(owner, ecosystem);
        }

        public Flux2Sd.Edit editImage() {
            return new Flux2Sd.Edit(owner, ecosystem);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp flux2: choose the operation");
        }
    }

    public final class ZImageModels {
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

    public final class QwenOps {
        public Qwen.Create createImage() {
            return new Qwen.Create(owner, "createImage");
        }

        public Qwen.Variant createVariant() {
            return new Qwen.Variant(owner);
        }

        public Qwen.Edit editImage() {
            return new Qwen.Edit(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp qwen: choose the operation");
        }
    }

    public final class AnimaOps {
        public Anima.Create createImage() {
            return new Anima.Create(owner, "createImage");
        }

        public Anima.Variant createVariant() {
            return new Anima.Variant(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "sdcpp anima: choose the operation");
        }
    }

    /** sd1 and sdxl: a checkpoint AIR, optional VAE, embeddings; sd1 adds clipSkip. */
    public abstract static class Checkpoint<S extends Checkpoint<S>> extends SdCppImage<S> {
        Checkpoint(WorkflowBuilder owner, String ecosystem, String operation) {
            super(owner, ecosystem, operation);
            required("model");
        }

        /** The checkpoint AIR, e.g. urn:air:sdxl:checkpoint:civitai:101055@128078. */
        public S model(String air) {
            return air("model", air);
        }

        public S vaeModel(String air) {
            return air("vaeModel", air);
        }

        public S embeddings(String... airs) {
            dev.civkit.request.Require.noNulls(airs, "embeddings(airs)", "AIRs such as \"urn:air:sdxl:embedding:civitai:1@2\"");
            return strings("embeddings", java.util.List.of(airs));
        }

        /** off or normal. */
        public S uCache(String mode) {
            return oneOf("uCache", mode, "off", "normal");
        }

        /** sd1 only: how many CLIP layers to skip (the docs send -1 for the default). */
        public S clipSkip(int layers) {
            if (!"sd1".equals(input.path("ecosystem").asString()))
                throw new dev.civkit.request.InvalidRequestException(type() + ".input.clipSkip", "is an sd1 field; this step is " + describe());
            return whole("clipSkip", layers, -12, 12);
        }

        public static final class Create extends Checkpoint<Create> {
            Create(WorkflowBuilder owner, String ecosystem) {
                super(owner, ecosystem, "createImage");
            }
        }

        public static final class Variant extends Checkpoint<Variant> implements FromImage<Variant> {
            Variant(WorkflowBuilder owner, String ecosystem) {
                super(owner, ecosystem, "createVariant");
                required("image");
            }
        }
    }

    /**
     * FLUX.1 on sdcpp. The types mark clipL, t5XXL and VAE required, yet the docs' recipe sends
     * only diffuserModel and the server fills the rest, so only diffuserModel is checked here.
     */
    public abstract static class Flux1<S extends Flux1<S>> extends SdCppImage<S> {
        Flux1(WorkflowBuilder owner, String operation) {
            super(owner, "flux1", operation);
            required("diffuserModel");
        }

        public S diffuserModel(String air) {
            return air("diffuserModel", air);
        }

        public S clipLModel(String air) {
            return air("clipLModel", air);
        }

        public S t5XXLModel(String air) {
            return text("t5XXLModel", air);
        }

        public S vaeModel(String air) {
            return air("vaeModel", air);
        }

        public static final class Create extends Flux1<Create> {
            Create(WorkflowBuilder owner, String operation) {
                super(owner, operation);
            }
        }

        public static final class Variant extends Flux1<Variant> implements FromImage<Variant> {
            Variant(WorkflowBuilder owner) {
                super(owner, "createVariant");
                required("image");
            }
        }

        public static final class Edit extends Flux1<Edit> {
            Edit(WorkflowBuilder owner) {
                super(owner, "editImage");
            }

            public Edit images(Object... urlsOrRefs) {
                return mediaList("images", urlsOrRefs);
            }
        }
    }

    /**
     * FLUX.2 klein / dev on sdcpp: klein picks a modelVersion. Klein and dev share these classes
     * because splitting them needs per-variant schema cases (Flux2DevSdCppCreateImageInput and
     * others) that the test resources do not have yet; so dev refuses modelVersion when set.
     */
    public abstract static class Flux2Sd<S extends Flux2Sd<S>> extends SdCppImage<S> {
        Flux2Sd(WorkflowBuilder owner, String ecosystem, String operation) {
            super(owner, ecosystem, operation);
        }

        /** flux2Klein only: 4b, 4b-base, 9b or 9b-base. */
        public S modelVersion(String v) {
            if (!"flux2Klein".equals(input.path("ecosystem").asString()))
                throw new dev.civkit.request.InvalidRequestException(type() + ".input.modelVersion",
                        "is a flux2Klein field (4b, 4b-base, 9b or 9b-base); this step is " + describe() + ", which has one model");
            return oneOf("modelVersion", v, "4b", "4b-base", "9b", "9b-base");
        }

        public static final class Create extends Flux2Sd<Create> {
            Create(WorkflowBuilder owner, String ecosystem, String operation) {
                super(owner, ecosystem, operation);
            }
        }

        public static final class Variant extends Flux2Sd<Variant> implements FromImage<Variant> {
            Variant(WorkflowBuilder owner, String ecosystem) {
                super(owner, ecosystem, "createVariant");
                required("image");
            }
        }

        public static final class Edit extends Flux2Sd<Edit> {
            Edit(WorkflowBuilder owner, String ecosystem) {
                super(owner, ecosystem, "editImage");
            }

            public Edit images(Object... urlsOrRefs) {
                return mediaList("images", urlsOrRefs);
            }
        }
    }

    /** Z-Image turbo or base: createImage only. */
    public static final class ZImage extends SdCppImage<ZImage> {
        ZImage(WorkflowBuilder owner, String model) {
            super(owner, "zImage", "createImage");
            preset("model", model);
        }

        public ZImage diffuserModel(String air) {
            return air("diffuserModel", air);
        }

        public static final class Ops {
            private final WorkflowBuilder owner;
            private final String model;

            Ops(WorkflowBuilder owner, String model) {
                this.owner = owner;
                this.model = model;
            }

            public ZImage createImage() {
                return new ZImage(owner, model);
            }

            @Override
            public String toString() {
                return Choices.of(this, "sdcpp zImage: choose the operation");
            }
        }
    }

    public abstract static class Qwen<S extends Qwen<S>> extends SdCppImage<S> {
        Qwen(WorkflowBuilder owner, String operation) {
            super(owner, "qwen", operation);
            preset("model", "20b");
        }

        /** latest or 2509; then 2512 to create (and for variants), 2511 to edit: each release is one or the other. */
        public S version(String v) {
            return "editImage".equals(input.path("operation").asString())
                    ? oneOf("version", v, "latest", "2509", "2511")
                    : oneOf("version", v, "latest", "2509", "2512");
        }

        public static final class Create extends Qwen<Create> {
            Create(WorkflowBuilder owner, String operation) {
                super(owner, operation);
            }
        }

        public static final class Variant extends Qwen<Variant> implements FromImage<Variant> {
            Variant(WorkflowBuilder owner) {
                super(owner, "createVariant");
                required("image", "width", "height");
            }
        }

        /** Editing needs the output size and at least one source image. */
        public static final class Edit extends Qwen<Edit> {
            Edit(WorkflowBuilder owner) {
                super(owner, "editImage");
                required("images", "width", "height");
            }

            public Edit images(Object... urlsOrRefs) {
                return mediaList("images", urlsOrRefs);
            }
        }
    }

    public abstract static class Anima<S extends Anima<S>> extends SdCppImage<S> {
        Anima(WorkflowBuilder owner, String operation) {
            super(owner, "anima", operation);
        }

        public S diffuserModel(String air) {
            return air("diffuserModel", air);
        }

        public static final class Create extends Anima<Create> {
            Create(WorkflowBuilder owner, String operation) {
                super(owner, operation);
            }
        }

        public static final class Variant extends Anima<Variant> implements FromImage<Variant> {
            Variant(WorkflowBuilder owner) {
                super(owner, "createVariant");
                required("image");
            }
        }
    }

    @Override
    public String toString() {
        return Choices.of(this, "sdcpp: choose the ecosystem");
    }
}
