package dev.civkit.dsl;

/**
 * The choice most hosted image engines offer next: make a new picture, or edit given ones. Generic
 * in the engine's own builder, so TAB after either shows that engine's fields.
 */
public interface CreateOrEdit<T> {
    T createImage();

    /** Edits the pictures given with {@code images(…)} (required). */
    T editImage();
}
