package dev.civkit.dsl;

/** {@code engine: kling}. cfgScale is marked required by the types but defaulted by the server (docs omit it). */
public interface Kling extends PromptVideo<Kling> {
    Kling negativePrompt(String negativePrompt);

    Kling model(String m);

    Kling mode(String m);

    Kling aspectRatio(String ratio);

    /** 5 or 10 seconds; the wire value is the string "5" or "10". */
    Kling duration(int seconds);

    Kling cfgScale(double cfg);

    Kling sourceImage(Object urlOrRef);

    /** The source image by URL only, where {@link #sourceImage} also takes a data URL or Base64. */
    Kling sourceImageUrl(Object urlOrRef);

    /**
     * One camera movement, written to {@code cameraControl.config}: horizontal, vertical (moves),
     * pan, tilt, roll (rotations) or zoom. Call once per axis.
     */
    Kling cameraControl(String axis, double amount);
}
