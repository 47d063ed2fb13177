package dev.civkit.dsl;

/** {@code engine: veo3} (Google Veo 3 / 3.1); generateAudio is required by the types. */
public interface Veo3 extends PromptVideo<Veo3> {
    Veo3 negativePrompt(String negativePrompt);

    Veo3 seed(long seed);

    Veo3 version(String v);

    Veo3 aspectRatio(String ratio);

    /** 4, 6 or 8 seconds. */
    Veo3 duration(int seconds);

    Veo3 generateAudio(boolean on);

    Veo3 mode(String m);

    Veo3 fastMode(boolean on);

    Veo3 enablePromptEnhancer(boolean on);

    Veo3 images(Object... urlsOrRefs);
}
