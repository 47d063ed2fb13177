package dev.civkit.dsl;

/** {@code imageGen}: the engine families the docs' recipes use. Each method narrows to the next choice. */
public final class ImageGenEngines {
    private final WorkflowBuilder owner;

    /** {@code owner} may be null for a step built on its own and added later with {@code step(…)}. */
    ImageGenEngines(WorkflowBuilder owner) {
        this.owner = owner;
    }

    /** Local diffusion (stable-diffusion.cpp): sd1, sdxl, flux1, flux2Klein, flux2Dev, zImage, qwen, anima. */
    public SdCpp sdcpp() {
        return new SdCpp(owner);
    }

    /** ComfyUI graphs behind a fixed input: sd1, sdxl, ernie. */
    public Comfy comfy() {
        return new Comfy(owner);
    }

    /** FLUX.1 Kontext (dev, pro, max): prompt-guided edits of up to a few images. */
    public Flux1Kontext.Models flux1Kontext() {
        return new Flux1Kontext.Models(owner);
    }

    /** FLUX.2 hosted: klein, dev, flex, pro, max. */
    public Flux2.Models flux2() {
        return new Flux2.Models(owner);
    }

    /** OpenAI gpt-image-1 / 1.5 / 2 and DALL·E 3. */
    public OpenAi.Models openai() {
        return new OpenAi.Models(owner);
    }

    /** Google nano-banana-2, nano-banana-pro, imagen4. */
    public Google.Models google() {
        return new Google.Models(owner);
    }

    /** Gemini 2.5 Flash image. */
    public CreateOrEdit<Gemini.Create, Gemini.Edit> gemini() {
        return new CreateOrEdit<>(() -> new GeminiImpl.Create(owner), () -> new GeminiImpl.Edit(owner));
    }

    public Seedream seedream() {
        return new SeedreamImpl(owner);
    }

    public CreateOrEdit<Grok.Create, Grok.Edit> grok() {
        return new CreateOrEdit<>(() -> new GrokImpl.Create(owner), () -> new GrokImpl.Edit(owner));
    }

    /** Wan 2.2 image via fal. */
    public WanImage wan() {
        return new WanImageImpl(owner);
    }

    public String toString() {
        return Choices.of(this, "imageGen: choose an engine");
    }
}
