package dev.civkit.dsl;

final class Ltx2Impl extends PromptVideoImpl<Ltx2> implements Ltx2 {
    Ltx2Impl(WorkflowBuilder owner) {
        super(owner, "ltx2.3");
        preset("operation", "createVideo");
    }

    @Override
    public Ltx2 model(String m) {
        return oneOf("model", m, "22b-dev", "22b-distilled");
    }

    @Override
    public Ltx2 duration(int seconds) {
        return whole("duration", seconds, 3, 20);
    }

    @Override
    public Ltx2 size(int width, int height) {
        whole("width", width, 1, 4096);
        return whole("height", height, 1, 4096);
    }

    @Override
    public Ltx2 fps(int fps) {
        return whole("fps", fps, 1, 60);
    }

    @Override
    public Ltx2 generateAudio(boolean on) {
        return put("generateAudio", on);
    }

    @Override
    public Ltx2 guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    @Override
    public Ltx2 steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    @Override
    public Ltx2 numInferenceSteps(int steps) {
        return whole("numInferenceSteps", steps, 1, 200);
    }

    @Override
    public Ltx2 quantity(int quantity) {
        return whole("quantity", quantity, 1, 4);
    }

    @Override
    public Ltx2 images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    @Override
    public Ltx2 lora(String air, double strength) {
        return mapEntry("loras", air, strength);
    }
}
