package dev.civkit.dsl;

final class ImageUpscalerImpl extends TypedStepImpl<ImageUpscaler> implements ImageUpscaler {
    ImageUpscalerImpl(WorkflowBuilder owner) {
        super("imageUpscaler", owner);
        required("image");
    }

    @Override
    public ImageUpscaler image(Object urlOrRef) {
        return media("image", urlOrRef);
    }

    @Override
    public ImageUpscaler model(String air) {
        return air("model", air);
    }

    @Override
    public ImageUpscaler numberOfRepeats(int n) {
        return whole("numberOfRepeats", n, 1, 4);
    }
}
