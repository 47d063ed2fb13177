package dev.civkit.dsl;

import java.util.function.Supplier;

final class CreateOrEditImpl<C, E> implements CreateOrEdit<C, E> {
    private final Supplier<C> create;
    private final Supplier<E> edit;

    CreateOrEditImpl(Supplier<C> create, Supplier<E> edit) {
        this.create = create;
        this.edit = edit;
    }

    @Override
    public C createImage() {
        return create.get();
    }

    @Override
    public E editImage() {
        return edit.get();
    }

    @Override
    public String toString() {
        return Choices.of(this, "choose the operation");
    }
}
