package dev.civkit.dsl;

/** {@code imageGen}: the engine families the docs' recipes use. Each method narrows to the next choice. */
public interface ImageGenEngines {
    /** Local diffusion (stable-diffusion.cpp): sd1, sdxl, flux1, flux2Klein, flux2Dev, zImage, qwen, anima. */
    SdCpp sdcpp();

    /** ComfyUI graphs behind a fixed input: sd1, sdxl, ernie. */
    Comfy comfy();

    /** FLUX.1 Kontext (dev, pro, max): prompt-guided edits of up to a few images. */
    Flux1Kontext.Models flux1Kontext();

    /** FLUX.2 hosted: klein, dev, flex, pro, max. */
    Flux2.Models flux2();

    /** OpenAI gpt-image-1 / 1.5 / 2 and DALL·E 3. */
    OpenAi.Models openai();

    /** Google nano-banana-2, nano-banana-pro, imagen4. */
    Google.Models google();

    /** Gemini 2.5 Flash image. */
    CreateOrEdit<Gemini.Create, Gemini.Edit> gemini();

    Seedream seedream();

    CreateOrEdit<Grok.Create, Grok.Edit> grok();

    /** Wan 2.2 image via fal. */
    WanImage wan();
}
