package dev.civkit.dsl;

/** {@code videoUpscaler}. */
public interface VideoUpscaler extends TypedStep<VideoUpscaler> {
    VideoUpscaler video(Object urlOrRef);

    VideoUpscaler scaleFactor(int factor);

    StepRef outputVideo();
}
