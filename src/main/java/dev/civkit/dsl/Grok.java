package dev.civkit.dsl;

/** {@code engine: grok} image: create, or edit given images. */
public interface Grok<S extends Grok<S>> extends PromptImage<S> {
    S quantity(int quantity);

    interface Create extends Grok<Create> {
        Create aspectRatio(String ratio);
    }

    interface Edit extends Grok<Edit> {
        /** The pictures to edit (required). */
        Edit images(Object... urlsOrRefs);
    }
}
