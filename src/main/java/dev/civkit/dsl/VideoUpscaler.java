package dev.civkit.dsl;

/** {@code videoUpscaler}. */
public interface VideoUpscaler extends TypedStep<VideoUpscaler> {
    VideoUpscaler video(Object urlOrRef);

    VideoUpscaler scaleFactor(int factor);

    default StepRef outputVideo() {
        return output("video.url");
    }
}
