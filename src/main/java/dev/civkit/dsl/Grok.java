package dev.civkit.dsl;

/** {@code engine: grok} image: create, or edit given images. */
public interface Grok extends PromptImage<Grok> {
    Grok aspectRatio(String ratio);

    Grok quantity(int quantity);

    Grok images(Object... urlsOrRefs);
}
