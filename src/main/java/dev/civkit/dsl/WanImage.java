package dev.civkit.dsl;


/** {@code engine: wan} image, Wan 2.2 on fal ({@code version: v2.2, provider: fal}). */
public final class WanImage extends PromptImage<WanImage> {
    WanImage(WorkflowBuilder owner) {
        super(owner, "wan");
        preset("version", "v2.2");
        preset("provider", "fal");
    }

    /** fal's size names, e.g. square_hd, landscape_16_9. */
    public WanImage imageSize(String size) {
        return text("imageSize", size);
    }

    public WanImage guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    public WanImage steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    public WanImage quantity(int quantity) {
        return whole("quantity", quantity, 1, 10);
    }

    public WanImage negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    public WanImage seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    public WanImage acceleration(String a) {
        return oneOf("acceleration", a, "none", "fast", "faster");
    }

    public WanImage enablePromptExpansion(boolean on) {
        return put("enablePromptExpansion", on);
    }
}
