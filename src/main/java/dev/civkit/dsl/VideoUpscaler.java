package dev.civkit.dsl;


/** {@code videoUpscaler}. */
public final class VideoUpscaler extends TypedStep<VideoUpscaler> {
    VideoUpscaler(WorkflowBuilder owner) {
        super("videoUpscaler", owner);
        required("video");
    }

    public VideoUpscaler video(Object urlOrRef) {
        return media("video", urlOrRef);
    }

    public VideoUpscaler scaleFactor(int factor) {
        return whole("scaleFactor", factor, 1, 4);
    }

    public StepRef outputVideo() {
        return output("video.url");
    }
}
