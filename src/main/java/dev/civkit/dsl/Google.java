package dev.civkit.dsl;


/** {@code engine: google}: nano-banana-2, nano-banana-pro, imagen4. */
public final class Google extends PromptImage<Google> {
    private final String model;

    Google(WorkflowBuilder owner, String model) {
        super(owner, "google");
        this.model = model;
        preset("model", model);
    }

    public static final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Google nanoBanana2() {
            return new Google(owner, "nano-banana-2");
        }

        public Google nanoBananaPro() {
            return new Google(owner, "nano-banana-pro");
        }

        public Google imagen4() {
            return new Google(owner, "imagen4");
        }

        @Override
        public String toString() {
            return Choices.of(this, "google: choose the model");
        }
    }

    public Google aspectRatio(String ratio) {
        if (model.equals("imagen4")) return oneOf("aspectRatio", ratio, "1:1", "16:9", "9:16", "3:4", "4:3");
        return oneOf("aspectRatio", ratio, "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16");
    }

    /** nano-banana: 1K, 2K or 4K. */
    public Google resolution(String r) {
        return oneOf("resolution", r, "1K", "2K", "4K");
    }

    public Google numImages(int n) {
        return whole("numImages", n, 1, 4);
    }

    /** nano-banana: reference images. */
    public Google images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    public Google seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    /** imagen4. */
    public Google negativePrompt(String negativePrompt) {
        return put("negativePrompt", negativePrompt);
    }

    /** nano-banana-2. */
    public Google enableWebSearch(boolean on) {
        return put("enableWebSearch", on);
    }
}
