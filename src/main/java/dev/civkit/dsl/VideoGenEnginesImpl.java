package dev.civkit.dsl;

final class VideoGenEnginesImpl implements VideoGenEngines {
    private final WorkflowBuilder owner;

    VideoGenEnginesImpl(WorkflowBuilder owner) {
        this.owner = owner;
    }

    @Override
    public WanVideo.Ops wan() {
        return new WanVideo.Ops(owner);
    }

    @Override
    public Kling kling() {
        return new KlingImpl(owner);
    }

    @Override
    public Veo3 veo3() {
        return new Veo3Impl(owner);
    }

    @Override
    public Ltx2 ltx2() {
        return new Ltx2Impl(owner);
    }

    @Override
    public Vidu.Standard vidu() {
        return new ViduImpl.Standard(owner);
    }

    @Override
    public Vidu.Q3 viduQ3() {
        return new ViduImpl.Q3(owner);
    }

    @Override
    public Seedance seedance() {
        return new SeedanceImpl(owner);
    }

    @Override
    public String toString() {
        return Choices.of(this, "videoGen: choose an engine");
    }
}
