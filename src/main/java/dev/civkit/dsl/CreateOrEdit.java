package dev.civkit.dsl;

/**
 * The choice most hosted image engines offer next: make a new picture, or edit given ones. Generic
 * in the engine's own two steps, so TAB after either shows the fields that operation's type has.
 */
public interface CreateOrEdit<C, E> {
    C createImage();

    /** Edits the pictures given with {@code images(…)} (required). */
    E editImage();
}
