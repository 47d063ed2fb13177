package dev.civkit.dsl;

/** {@code engine: wan} image, Wan 2.2 on fal ({@code version: v2.2, provider: fal}). */
public interface WanImage extends PromptImage<WanImage> {
    /** fal's size names, e.g. square_hd, landscape_16_9. */
    WanImage imageSize(String size);

    WanImage guidanceScale(double g);

    WanImage steps(int steps);

    WanImage quantity(int quantity);

    WanImage negativePrompt(String negativePrompt);

    WanImage seed(long seed);

    WanImage acceleration(String a);

    WanImage enablePromptExpansion(boolean on);
}
