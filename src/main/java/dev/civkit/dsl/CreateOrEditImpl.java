package dev.civkit.dsl;

import java.util.function.Function;

final class CreateOrEditImpl<T> implements CreateOrEdit<T> {
    private final Function<String, T> make;

    CreateOrEditImpl(Function<String, T> make) {
        this.make = make;
    }

    @Override
    public T createImage() {
        return make.apply("createImage");
    }

    @Override
    public T editImage() {
        return make.apply("editImage");
    }

    @Override
    public String toString() {
        return Choices.of(this, "choose the operation");
    }
}
