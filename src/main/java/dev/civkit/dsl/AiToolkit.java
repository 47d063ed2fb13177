package dev.civkit.dsl;

/**
 * {@code training, engine: ai-toolkit}: a LoRA from a zip of images. Server-computed fields the
 * types list (defaultSteps, maxBatchSize, pricing flags) are read-only and never sent.
 */
public interface AiToolkit<S extends AiToolkit<S>> extends TypedStep<S> {
    /** The zip of images (and captions): a URL or AIR, and how many images it holds. */
    S trainingData(String zipUrl, int count);

    /** Prompts rendered with the LoRA as it trains (none is fine). */
    S samplePrompts(String... prompts);

    /** Edit training: the images the sample prompts edit. */
    S sampleSourceImages(String... urls);

    S steps(int steps);

    S epochs(int epochs);

    S resolution(int px);

    S lr(double lr);

    S textEncoderLr(double lr);

    S trainTextEncoder(boolean on);

    S lrScheduler(LrScheduler s);

    S lrScheduler(String s);

    S optimizerType(Optimizer o);

    S optimizerType(String o);

    S networkDim(int dim);

    S networkAlpha(int alpha);

    S noiseOffset(double offset);

    S triggerWord(String word);

    S batchSize(int n);

    S flipAugmentation(boolean on);

    S shuffleTokens(boolean on);

    S keepTokens(int n);

    /** The ecosystems with no fields of their own: flux1, wan, ltx2, chroma, ernie, zImage. */
    interface Standard extends AiToolkit<Standard> {}

    /** sdxl and sd1: the checkpoint to train on. */
    interface Checkpoint extends AiToolkit<Checkpoint> {
        /** The checkpoint AIR to train on. */
        Checkpoint model(String air);

        Checkpoint minSnrGamma(double gamma);
    }

    /** FLUX.2 klein: plain or edit training. */
    interface Flux2Klein extends AiToolkit<Flux2Klein> {
        /** Trains an edit model: pairs of images, with sampleSourceImages for the samples. */
        Flux2Klein isEditTraining(boolean on);
    }

    interface Qwen extends AiToolkit<Qwen> {
        /** latest, 2509 or 2512. */
        Qwen version(String v);
    }
}
