package dev.civkit.dsl;

/** {@code videoInterpolation}: more frames per second from the same video. */
public interface VideoInterpolation extends TypedStep<VideoInterpolation> {
    VideoInterpolation video(Object urlOrRef);

    VideoInterpolation interpolationFactor(int factor);

    VideoInterpolation model(String model);

    default StepRef outputVideo() {
        return output("video.url");
    }
}
