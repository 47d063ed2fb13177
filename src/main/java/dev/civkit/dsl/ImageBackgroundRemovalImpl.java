package dev.civkit.dsl;

final class ImageBackgroundRemovalImpl extends TypedStepImpl<ImageBackgroundRemoval> implements ImageBackgroundRemoval {
    ImageBackgroundRemovalImpl(WorkflowBuilder owner) {
        super("imageBackgroundRemoval", owner);
        required("image");
    }

    @Override
    public ImageBackgroundRemoval image(Object urlOrRef) {
        return media("image", urlOrRef);
    }

    @Override
    public ImageBackgroundRemoval format(String f) {
        return oneOf("format", f, "png", "webp");
    }
}
