package dev.civkit.dsl;

import dev.civkit.request.Require;
import java.util.List;

final class ImageResourceTrainingImpl extends TypedStepImpl<ImageResourceTraining> implements ImageResourceTraining {
    ImageResourceTrainingImpl(WorkflowBuilder owner) {
        super("imageResourceTraining", owner);
        required("engine", "model", "trainingData", "trainingDataImagesCount");
    }

    @Override
    public ImageResourceTraining engine(String engine) {
        return oneOf("engine", engine, "kohya", "musubi", "flux-dev-fast", "flux2-dev", "flux2-dev-edit");
    }

    @Override
    public ImageResourceTraining model(String air) {
        return air("model", air);
    }

    @Override
    public ImageResourceTraining trainingData(String zipUrl, int imageCount) {
        text("trainingData", zipUrl);
        return positive("trainingDataImagesCount", imageCount);
    }

    @Override
    public ImageResourceTraining loraName(String name) {
        return text("loraName", name);
    }

    @Override
    public ImageResourceTraining samplePrompts(String... prompts) {
        Require.noNulls(prompts, "samplePrompts(prompts)", "text such as \"a cat\"");
        return strings("samplePrompts", List.of(prompts));
    }

    @Override
    public ImageResourceTraining negativePrompt(String negativePrompt) {
        return text("negativePrompt", negativePrompt);
    }
}
