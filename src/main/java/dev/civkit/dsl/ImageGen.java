package dev.civkit.dsl;

import dev.civkit.request.Limits;
import java.util.Map;

/**
 * An {@code imageGen} step: pick an engine, describe the picture, size it. Fields are sent only
 * when set, so the request stays as small as the docs' examples.
 */
public interface ImageGen extends StepBuilder<ImageGen> {
    /** The largest side the kit lets through; no engine documents more. */
    int MAX_SIDE = Limits.MAX_SIDE;

    /** The generator family: flux, sdcpp, comfy, flux2, openai, google, gemini, seedream, … */
    ImageGen engine(String engine);

    ImageGen ecosystem(String ecosystem);

    /** createImage, createVariant or editImage, for engines that take one. */
    ImageGen operation(String operation);

    ImageGen prompt(String prompt);

    ImageGen negativePrompt(String negativePrompt);

    ImageGen size(int width, int height);

    ImageGen width(int width);

    ImageGen height(int height);

    ImageGen seed(long seed);

    ImageGen steps(int steps);

    ImageGen cfgScale(double cfgScale);

    ImageGen sampler(String sampler);

    ImageGen scheduler(String scheduler);

    /** How many images this one step makes. */
    ImageGen quantity(int quantity);

    /** The checkpoint, as an AIR such as {@code urn:air:sdxl:checkpoint:civitai:101055@128078}. */
    ImageGen model(String air);

    ImageGen diffuserModel(String air);

    /** Adds one LoRA by AIR with its strength. */
    ImageGen lora(String air, double strength);

    ImageGen loras(Map<String, ? extends Number> byAir);

    /** jpeg, png or webP. */
    ImageGen outputFormat(String format);
}
