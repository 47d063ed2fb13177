package dev.civkit.dsl;

import dev.civkit.request.Limits;

final class Flux1KontextImpl extends PromptImageImpl<Flux1Kontext> implements Flux1Kontext {
    Flux1KontextImpl(WorkflowBuilder owner, String model) {
        super(owner, "flux1-kontext");
        preset("model", model);
    }

    @Override
    public Flux1Kontext images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    @Override
    public Flux1Kontext aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21");
    }

    @Override
    public Flux1Kontext guidanceScale(double g) {
        return num("guidanceScale", g);
    }

    @Override
    public Flux1Kontext seed(long seed) {
        return whole("seed", seed, 0, 0xFFFF_FFFFL);
    }

    @Override
    public Flux1Kontext quantity(int quantity) {
        return whole("quantity", quantity, 1, Limits.MAX_QUANTITY);
    }
}
