package dev.civkit.dsl;

/** {@code engine: gemini, model: 2.5-flash}: create, or edit given images. */
public interface Gemini<S extends Gemini<S>> extends PromptImage<S> {
    S quantity(int quantity);

    interface Create extends Gemini<Create> {}

    interface Edit extends Gemini<Edit> {
        /** The pictures to edit (required). */
        Edit images(Object... urlsOrRefs);
    }
}
