package dev.civkit.dsl;

/**
 * Every Google image field in one place; the small classes below are the models, each offering
 * through its interface only the fields its official type has (which is all TAB, forms and sweeps see).
 */
abstract class GoogleImpl<S extends Google<S>> extends PromptImageImpl<S> implements Google<S> {
    private final String model;

    GoogleImpl(WorkflowBuilder owner, String model) {
        super(owner, "google");
        this.model = model;
        preset("model", model);
    }

    @Override
    public S aspectRatio(String ratio) {
        if (model.equals("imagen4")) return oneOf("aspectRatio", ratio, "1:1", "16:9", "9:16", "3:4", "4:3");
        return oneOf("aspectRatio", ratio, "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16");
    }

    @Override
    public S numImages(int n) {
        return whole("numImages", n, 1, 4);
    }

    public S resolution(String r) {
        return oneOf("resolution", r, "1K", "2K", "4K");
    }

    public S enableWebSearch(boolean on) {
        return put("enableWebSearch", on);
    }

    static final class NanoBanana2 extends GoogleImpl<Google.NanoBanana2> implements Google.NanoBanana2 {
        NanoBanana2(WorkflowBuilder owner) {
            super(owner, "nano-banana-2");
        }
    }

    static final class NanoBananaPro extends GoogleImpl<Google.NanoBananaPro> implements Google.NanoBananaPro {
        NanoBananaPro(WorkflowBuilder owner) {
            super(owner, "nano-banana-pro");
        }
    }

    static final class Imagen4 extends GoogleImpl<Google.Imagen4> implements Google.Imagen4 {
        Imagen4(WorkflowBuilder owner) {
            super(owner, "imagen4");
        }
    }
}
