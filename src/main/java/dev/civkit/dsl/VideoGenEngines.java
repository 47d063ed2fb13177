package dev.civkit.dsl;

/** {@code videoGen}: the engines the docs' recipes use. */
public final class VideoGenEngines {
    private final WorkflowBuilder owner;

    VideoGenEngines(WorkflowBuilder owner) {
        this.owner = owner;
    }

    /** Wan 2.6 on fal: text-to-video or image-to-video. */
    public WanVideo.Ops wan() {
        return new WanVideo.Ops(owner);
    }

    public Kling kling() {
        return new KlingImpl(owner);
    }

    public Veo3 veo3() {
        return new Veo3Impl(owner);
    }

    /** LTX-2.3 on ComfyUI ({@code engine: ltx2.3, operation: createVideo}). */
    public Ltx2 ltx2() {
        return new Ltx2Impl(owner);
    }

    /** Vidu (q1 default); for Vidu Q3 see {@link #viduQ3()}. */
    public Vidu.Standard vidu() {
        return new ViduImpl.Standard(owner);
    }

    public Vidu.Q3 viduQ3() {
        return new ViduImpl.Q3(owner);
    }

    public Seedance seedance() {
        return new SeedanceImpl(owner);
    }

    public String toString() {
        return Choices.of(this, "videoGen: choose an engine");
    }
}
