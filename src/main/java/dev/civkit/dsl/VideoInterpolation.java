package dev.civkit.dsl;


/** {@code videoInterpolation}: more frames per second from the same video. */
public final class VideoInterpolation extends TypedStep<VideoInterpolation> {
    VideoInterpolation(WorkflowBuilder owner) {
        super("videoInterpolation", owner);
        required("video");
    }

    public VideoInterpolation video(Object urlOrRef) {
        return media("video", urlOrRef);
    }

    public VideoInterpolation interpolationFactor(int factor) {
        return whole("interpolationFactor", factor, 2, 8);
    }

    public VideoInterpolation model(String model) {
        return text("model", model);
    }

    public StepRef outputVideo() {
        return output("video.url");
    }
}
