package dev.civkit.dsl;


/**
 * What every sdcpp ecosystem takes (SdCpp*ImageGenInput): prompt, sampler, schedule, size,
 * LoRAs. Ecosystems add their model fields; operations add their source images.
 */
public abstract class SdCppImage<S extends SdCppImage<S>> extends TypedStep<S> {
    public static final int MAX_SIDE = dev.civkit.request.Limits.MAX_SIDE;

    protected SdCppImage(WorkflowBuilder owner, String ecosystem, String operation) {
        super("imageGen", owner);
        preset("engine", "sdcpp");
        preset("ecosystem", ecosystem);
        preset("operation", operation);
        required("prompt");
    }

    public S prompt(String prompt) {
        return text("prompt", prompt);
    }

    public S negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    public S sampleMethod(SampleMethod m) {
        return put("sampleMethod", choice("sampleMethod", m, SampleMethod.class));
    }

    public S sampleMethod(String m) {
        return oneOf("sampleMethod", m, SampleMethod.wires());
    }

    public S schedule(Schedule s) {
        return put("schedule", choice("schedule", s, Schedule.class));
    }

    public S schedule(String s) {
        return oneOf("schedule", s, Schedule.wires());
    }

    public S steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    public S cfgScale(double cfgScale) {
        return num("cfgScale", cfgScale);
    }

    public S seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    public S quantity(int quantity) {
        return whole("quantity", quantity, 1, dev.civkit.request.Limits.MAX_QUANTITY);
    }

    public S width(int width) {
        return whole("width", width, 1, MAX_SIDE);
    }

    public S height(int height) {
        return whole("height", height, 1, MAX_SIDE);
    }

    public S size(int width, int height) {
        return width(width).height(height);
    }

    /** One LoRA by AIR with its strength. */
    public S lora(String air, double strength) {
        return mapEntry("loras", air, strength);
    }

    public S outputFormat(OutputFormat f) {
        return put("outputFormat", choice("outputFormat", f, OutputFormat.class));
    }

    /** Text the service stores with each image as its external metadata. */
    public S imageMetadata(String text) {
        return text("imageMetadata", text);
    }

    /** The first generated image's URL, for the next step's input. */
    public StepRef firstImage() {
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
        private S self() {
            return (S) this;
        }
    }
}
