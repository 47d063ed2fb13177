package dev.civkit.dsl;

final class WanImageImpl extends PromptImageImpl<WanImage> implements WanImage {
    WanImageImpl(WorkflowBuilder owner) {
        super(owner, "wan");
        preset("version", "v2.2");
        preset("provider", "fal");
    }

    @Override
    public WanImage imageSize(String size) {
        return text("imageSize", size);
    }

    @Override
    public WanImage guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    @Override
    public WanImage steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    @Override
    public WanImage quantity(int quantity) {
        return whole("quantity", quantity, 1, 10);
    }

    @Override
    public WanImage negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    @Override
    public WanImage seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    @Override
    public WanImage acceleration(String a) {
        return oneOf("acceleration", a, "none", "fast", "faster");
    }

    @Override
    public WanImage enablePromptExpansion(boolean on) {
        return put("enablePromptExpansion", on);
    }
}
