package dev.civkit.dsl;


/** {@code engine: seedream} (ByteDance), versions v3 to v5.0-pro. */
public final class Seedream extends PromptImage<Seedream> {
    Seedream(WorkflowBuilder owner) {
        super(owner, "seedream");
    }

    public Seedream version(String v) {
        return oneOf("version", v, "v3", "v4", "v4.5", "v5.0-lite", "v5.0-pro");
    }

    public Seedream size(int width, int height) {
        return whole("width", width, 1, 4096).whole("height", height, 1, 4096);
    }

    public Seedream guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    public Seedream quantity(int quantity) {
        return whole("quantity", quantity, 1, 10);
    }

    public Seedream seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    public Seedream images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    public Seedream enableSafetyChecker(boolean on) {
        return put("enableSafetyChecker", on);
    }
}
