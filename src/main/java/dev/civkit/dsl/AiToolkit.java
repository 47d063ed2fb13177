package dev.civkit.dsl;

/**
 * {@code training, engine: ai-toolkit}: a LoRA from a zip of images. Server-computed fields the
 * types list (defaultSteps, maxBatchSize, pricing flags) are read-only and never sent.
 */
public interface AiToolkit extends TypedStep<AiToolkit> {
    /** The zip of images (and captions): a URL or AIR, and how many images it holds. */
    AiToolkit trainingData(String zipUrl, int count);

    /** Prompts rendered with the LoRA as it trains (none is fine). */
    AiToolkit samplePrompts(String... prompts);

    /** flux2klein edit training: the images the sample prompts edit. */
    AiToolkit sampleSourceImages(String... urls);

    /** sdxl / sd1: the checkpoint AIR to train on. */
    AiToolkit model(String air);

    /** qwen: latest, 2509 or 2512. */
    AiToolkit version(String v);

    AiToolkit isEditTraining(boolean on);

    AiToolkit steps(int steps);

    AiToolkit epochs(int epochs);

    AiToolkit resolution(int px);

    AiToolkit lr(double lr);

    AiToolkit textEncoderLr(double lr);

    AiToolkit trainTextEncoder(boolean on);

    AiToolkit lrScheduler(LrScheduler s);

    AiToolkit lrScheduler(String s);

    AiToolkit optimizerType(Optimizer o);

    AiToolkit optimizerType(String o);

    AiToolkit networkDim(int dim);

    AiToolkit networkAlpha(int alpha);

    AiToolkit noiseOffset(double offset);

    /** sdxl / sd1. */
    AiToolkit minSnrGamma(double gamma);

    AiToolkit triggerWord(String word);

    AiToolkit batchSize(int n);

    AiToolkit flipAugmentation(boolean on);

    AiToolkit shuffleTokens(boolean on);

    AiToolkit keepTokens(int n);
}
