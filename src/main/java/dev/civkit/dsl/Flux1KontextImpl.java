package dev.civkit.dsl;

final class Flux1KontextImpl extends PromptImageImpl<Flux1Kontext> implements Flux1Kontext {
    Flux1KontextImpl(WorkflowBuilder owner, String model) {
        super(owner, "flux1-kontext");
        preset("model", model);
    }

    @Override
    public Flux1Kontext aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21");
    }
}
