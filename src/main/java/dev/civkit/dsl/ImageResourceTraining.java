package dev.civkit.dsl;

/** {@code imageResourceTraining}: the older LoRA trainer (engine kohya, musubi, …), zip URL plus image count. */
public interface ImageResourceTraining extends TypedStep<ImageResourceTraining> {
    /** kohya, musubi, flux-dev-fast, flux2-dev, flux2-dev-edit. */
    ImageResourceTraining engine(String engine);

    ImageResourceTraining model(String air);

    ImageResourceTraining trainingData(String zipUrl, int imageCount);

    ImageResourceTraining loraName(String name);

    ImageResourceTraining samplePrompts(String... prompts);

    ImageResourceTraining negativePrompt(String negativePrompt);
}
