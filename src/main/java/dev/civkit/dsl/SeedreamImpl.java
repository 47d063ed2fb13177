package dev.civkit.dsl;

final class SeedreamImpl extends PromptImageImpl<Seedream> implements Seedream {
    SeedreamImpl(WorkflowBuilder owner) {
        super(owner, "seedream");
    }

    @Override
    public Seedream version(String v) {
        return oneOf("version", v, "v3", "v4", "v4.5", "v5.0-lite", "v5.0-pro");
    }

    @Override
    public Seedream size(int width, int height) {
        whole("width", width, 1, 4096);
        return whole("height", height, 1, 4096);
    }

    @Override
    public Seedream guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    @Override
    public Seedream quantity(int quantity) {
        return whole("quantity", quantity, 1, 10);
    }

    @Override
    public Seedream seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    @Override
    public Seedream images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    @Override
    public Seedream enableSafetyChecker(boolean on) {
        return put("enableSafetyChecker", on);
    }
}
