package dev.civkit.dsl;

final class VideoInterpolationImpl extends TypedStepImpl<VideoInterpolation> implements VideoInterpolation {
    VideoInterpolationImpl(WorkflowBuilder owner) {
        super("videoInterpolation", owner);
        required("video");
    }

    @Override
    public VideoInterpolation video(Object urlOrRef) {
        return media("video", urlOrRef);
    }

    @Override
    public VideoInterpolation interpolationFactor(int factor) {
        return whole("interpolationFactor", factor, 2, 8);
    }

    @Override
    public VideoInterpolation model(String model) {
        return text("model", model);
    }
}
