package dev.civkit.dsl;

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
}
