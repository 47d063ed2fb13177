package dev.civkit.dsl;

/** What {@link VideoUpscaler} does behind its interface: the presets, state and checks users never call. */
final class VideoUpscalerImpl extends TypedStepImpl<VideoUpscaler> implements VideoUpscaler {
    VideoUpscalerImpl(WorkflowBuilder owner) {
        super("videoUpscaler", owner);
        required("video");
    }

    @Override
    public VideoUpscaler video(Object urlOrRef) {
        return media("video", urlOrRef);
    }

    @Override
    public VideoUpscaler scaleFactor(int factor) {
        return whole("scaleFactor", factor, 1, 4);
    }

    @Override
    public StepRef outputVideo() {
        return output("video.url");
    }
}
