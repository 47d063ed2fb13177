package dev.civkit.dsl;

final class WanImageImpl extends PromptImageImpl<WanImage> implements WanImage {
    WanImageImpl(WorkflowBuilder owner) {
        super(owner, "wan");
        preset("version", "v2.2");
        preset("provider", "fal");
    }

    @Override
    public WanImage imageSize(String size) {
        return text("imageSize", size);
    }

    @Override
    public WanImage acceleration(String a) {
        return oneOf("acceleration", a, "none", "fast", "faster");
    }
}
