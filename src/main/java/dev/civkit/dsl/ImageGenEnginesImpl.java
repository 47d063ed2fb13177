package dev.civkit.dsl;

final class ImageGenEnginesImpl implements ImageGenEngines {
    private final WorkflowBuilder owner;

    /** {@code owner} may be null for a step built on its own and added later with {@code step(…)}. */
    ImageGenEnginesImpl(WorkflowBuilder owner) {
        this.owner = owner;
    }

    @Override
    public SdCpp sdcpp() {
        return new SdCppImpl(owner);
    }

    @Override
    public Comfy comfy() {
        return new ComfyImpl(owner);
    }

    @Override
    public Flux1Kontext.Models flux1Kontext() {
        return new Flux1Kontext.Models(owner);
    }

    @Override
    public Flux2.Models flux2() {
        return new Flux2.Models(owner);
    }

    @Override
    public OpenAi.Models openai() {
        return new OpenAi.Models(owner);
    }

    @Override
    public Google.Models google() {
        return new Google.Models(owner);
    }

    @Override
    public CreateOrEdit<Gemini.Create, Gemini.Edit> gemini() {
        return new CreateOrEditImpl<>(() -> new GeminiImpl.Create(owner), () -> new GeminiImpl.Edit(owner));
    }

    @Override
    public Seedream seedream() {
        return new SeedreamImpl(owner);
    }

    @Override
    public CreateOrEdit<Grok.Create, Grok.Edit> grok() {
        return new CreateOrEditImpl<>(() -> new GrokImpl.Create(owner), () -> new GrokImpl.Edit(owner));
    }

    @Override
    public WanImage wan() {
        return new WanImageImpl(owner);
    }

    @Override
    public String toString() {
        return Choices.of(this, "imageGen: choose an engine");
    }
}
