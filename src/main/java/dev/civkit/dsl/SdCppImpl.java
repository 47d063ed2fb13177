package dev.civkit.dsl;

final class SdCppImpl implements SdCpp {
    private final WorkflowBuilder owner;

    SdCppImpl(WorkflowBuilder owner) {
        this.owner = owner;
    }

    @Override
    public SdCpp.Sd1Ops sd1() {
        return new SdCpp.Sd1Ops(owner);
    }

    @Override
    public SdCpp.CheckpointOps sdxl() {
        return new SdCpp.CheckpointOps(owner, "sdxl");
    }

    @Override
    public SdCpp.Flux1Ops flux1() {
        return new SdCpp.Flux1Ops(owner);
    }

    @Override
    public SdCpp.Flux2KleinOps flux2Klein() {
        return new SdCpp.Flux2KleinOps(owner);
    }

    @Override
    public SdCpp.Flux2Ops flux2Dev() {
        return new SdCpp.Flux2Ops(owner, "flux2Dev");
    }

    @Override
    public SdCpp.ZImageModels zImage() {
        return new SdCpp.ZImageModels(owner);
    }

    @Override
    public SdCpp.QwenOps qwen() {
        return new SdCpp.QwenOps(owner);
    }

    @Override
    public SdCpp.AnimaOps anima() {
        return new SdCpp.AnimaOps(owner);
    }

    @Override
    public String toString() {
        return Choices.of(this, "sdcpp: choose the ecosystem");
    }
}
