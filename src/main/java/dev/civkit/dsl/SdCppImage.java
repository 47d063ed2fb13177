package dev.civkit.dsl;

import dev.civkit.request.Limits;

/**
 * What every sdcpp ecosystem takes (SdCpp*ImageGenInput): prompt, sampler, schedule, size,
 * LoRAs. Ecosystems add their model fields; operations add their source images.
 */
public interface SdCppImage<S extends SdCppImage<S>> extends TypedStep<S> {
    int MAX_SIDE = Limits.MAX_SIDE;

    S prompt(String prompt);

    S negativePrompt(String negativePrompt);

    S sampleMethod(SampleMethod m);

    S sampleMethod(String m);

    S schedule(Schedule s);

    S schedule(String s);

    S steps(int steps);

    S cfgScale(double cfgScale);

    S seed(long seed);

    S quantity(int quantity);

    S width(int width);

    S height(int height);

    S size(int width, int height);

    /** One LoRA by AIR with its strength. */
    S lora(String air, double strength);

    S outputFormat(OutputFormat f);

    /** Text the service stores with each image as its external metadata. */
    S imageMetadata(String text);

    /** The first generated image's URL, for the next step's input. */
    default StepRef firstImage() {
        return output("images[0].url");
    }

    /** Operations that start from one image (createVariant). */
    public interface FromImage<S extends TypedStep<S>> {
        /** The picture to vary: a URL, an AIR, an uploaded Blob or a {@code StepRef}. */
        default S image(Object urlOrRef) {
            return self().media("image", urlOrRef);
        }

        /** How far the variant may stray from the picture. */
        default S strength(double strength) {
            return self().num("strength", strength);
        }

        @SuppressWarnings("unchecked")
        private TypedStepImpl<S> self() {
            return (TypedStepImpl<S>) this;
        }
    }
}
