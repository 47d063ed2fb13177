package dev.civkit.dsl;

/** {@code engine: seedance} (ByteDance); aspectRatio, duration and resolution are required. */
public interface Seedance extends PromptVideo<Seedance> {
    Seedance seed(long seed);

    Seedance model(String m);

    Seedance aspectRatio(String ratio);

    /** 4 to 30 seconds. */
    Seedance duration(int seconds);

    Seedance resolution(String r);

    Seedance generateAudio(boolean on);

    Seedance images(Object... urlsOrRefs);
}
