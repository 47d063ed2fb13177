package dev.civkit.dsl;

/** {@code engine: gemini, model: 2.5-flash}: create, or edit given images. */
public interface Gemini extends PromptImage<Gemini> {
    Gemini quantity(int quantity);

    Gemini images(Object... urlsOrRefs);
}
