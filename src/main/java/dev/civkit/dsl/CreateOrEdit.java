package dev.civkit.dsl;

import java.util.function.Function;

/**
 * The choice most hosted image engines offer next: make a new picture, or edit given ones. Generic
 * in the engine's own builder, so TAB after either shows that engine's fields.
 */
public final class CreateOrEdit<T> {
    private final Function<String, T> make;

    CreateOrEdit(Function<String, T> make) {
        this.make = make;
    }

    public T createImage() {
        return make.apply("createImage");
    }

    /** Edits the pictures given with {@code images(…)} (required). */
    public T editImage() {
        return make.apply("editImage");
    }

    @Override
    public String toString() {
        return Choices.of(this, "choose the operation");
    }
}
