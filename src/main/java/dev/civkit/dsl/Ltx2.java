package dev.civkit.dsl;

/**
 * {@code engine: ltx2.3, operation: createVideo}. The docs' recipe sends numInferenceSteps where
 * the types say steps; both setters exist so either body can be written.
 */
public interface Ltx2 extends PromptVideo<Ltx2> {
    Ltx2 negativePrompt(String negativePrompt);

    Ltx2 seed(long seed);

    Ltx2 model(String m);

    /** 3 to 20 seconds. */
    Ltx2 duration(int seconds);

    Ltx2 size(int width, int height);

    Ltx2 fps(int fps);

    Ltx2 generateAudio(boolean on);

    Ltx2 guidanceScale(double g);

    Ltx2 steps(int steps);

    Ltx2 numInferenceSteps(int steps);

    Ltx2 quantity(int quantity);

    Ltx2 images(Object... urlsOrRefs);

    Ltx2 lora(String air, double strength);
}
