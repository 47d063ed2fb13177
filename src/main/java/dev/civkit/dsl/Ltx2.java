package dev.civkit.dsl;


/**
 * {@code engine: ltx2.3, operation: createVideo}. The docs' recipe sends numInferenceSteps where
 * the types say steps; both setters exist so either body can be written.
 */
public final class Ltx2 extends PromptVideo<Ltx2> {
    Ltx2(WorkflowBuilder owner) {
        super(owner, "ltx2.3");
        preset("operation", "createVideo");
    }

    public Ltx2 model(String m) {
        return oneOf("model", m, "22b-dev", "22b-distilled");
    }

    /** 3 to 20 seconds. */
    public Ltx2 duration(int seconds) {
        return whole("duration", seconds, 3, 20);
    }

    public Ltx2 size(int width, int height) {
        return whole("width", width, 1, 4096).whole("height", height, 1, 4096);
    }

    public Ltx2 fps(int fps) {
        return whole("fps", fps, 1, 60);
    }

    public Ltx2 generateAudio(boolean on) {
        return put("generateAudio", on);
    }

    public Ltx2 guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    public Ltx2 steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    public Ltx2 numInferenceSteps(int steps) {
        return whole("numInferenceSteps", steps, 1, 200);
    }

    public Ltx2 quantity(int quantity) {
        return whole("quantity", quantity, 1, 4);
    }

    public Ltx2 images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    public Ltx2 lora(String air, double strength) {
        return mapEntry("loras", air, strength);
    }
}
