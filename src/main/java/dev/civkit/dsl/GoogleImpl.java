package dev.civkit.dsl;

final class GoogleImpl extends PromptImageImpl<Google> implements Google {
    private final String model;

    GoogleImpl(WorkflowBuilder owner, String model) {
        super(owner, "google");
        this.model = model;
        preset("model", model);
    }

    @Override
    public Google aspectRatio(String ratio) {
        if (model.equals("imagen4")) return oneOf("aspectRatio", ratio, "1:1", "16:9", "9:16", "3:4", "4:3");
        return oneOf("aspectRatio", ratio, "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16");
    }

    @Override
    public Google resolution(String r) {
        return oneOf("resolution", r, "1K", "2K", "4K");
    }

    @Override
    public Google numImages(int n) {
        return whole("numImages", n, 1, 4);
    }

    @Override
    public Google images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    @Override
    public Google seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    @Override
    public Google negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    @Override
    public Google enableWebSearch(boolean on) {
        return put("enableWebSearch", on);
    }
}
