package dev.civkit.dsl;


/** {@code imageResourceTraining}: the older LoRA trainer (engine kohya, musubi, …), zip URL plus image count. */
public final class ImageResourceTraining extends TypedStep<ImageResourceTraining> {
    ImageResourceTraining(WorkflowBuilder owner) {
        super("imageResourceTraining", owner);
        required("engine", "model", "trainingData", "trainingDataImagesCount");
    }

    /** kohya, musubi, flux-dev-fast, flux2-dev, flux2-dev-edit. */
    public ImageResourceTraining engine(String engine) {
        return oneOf("engine", engine, "kohya", "musubi", "flux-dev-fast", "flux2-dev", "flux2-dev-edit");
    }

    public ImageResourceTraining model(String air) {
        return air("model", air);
    }

    public ImageResourceTraining trainingData(String zipUrl, int imageCount) {
        return text("trainingData", zipUrl).positive("trainingDataImagesCount", imageCount);
    }

    public ImageResourceTraining loraName(String name) {
        return text("loraName", name);
    }

    public ImageResourceTraining samplePrompts(String... prompts) {
        dev.civkit.request.Require.noNulls(prompts, "samplePrompts(prompts)", "text such as \"a cat\"");
        return strings("samplePrompts", java.util.List.of(prompts));
    }

    public ImageResourceTraining negativePrompt(String negativePrompt) {
        return text("negativePrompt", negativePrompt);
    }
}
