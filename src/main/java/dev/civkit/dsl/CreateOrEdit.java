package dev.civkit.dsl;

import java.util.function.Supplier;

/**
 * The choice most hosted image engines offer next: make a new picture, or edit given ones. Generic
 * in the engine's own two steps, so TAB after either shows the fields that operation's type has.
 */
public final class CreateOrEdit<C, E> {
    private final Supplier<C> create;
    private final Supplier<E> edit;

    CreateOrEdit(Supplier<C> create, Supplier<E> edit) {
        this.create = create;
        this.edit = edit;
    }

    public C createImage() {
        return create.get();
    }

    /** Edits the pictures given with {@code images(…)}. */
    public E editImage() {
        return edit.get();
    }

    @Override
    public String toString() {
        return Choices.of(this, "choose the operation");
    }
}
