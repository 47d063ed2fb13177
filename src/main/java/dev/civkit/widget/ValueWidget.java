package dev.civkit.widget;

import java.util.function.Consumer;

/**
 * A control holding a value a person can change. Listeners run when the value changes: for a change
 * in the browser on the session's cell thread, after any running cell, with their output and errors
 * in the area under the widget; for {@link #value(Object)} at once, on the caller's thread.
 */
public interface ValueWidget<T, W extends ValueWidget<T, W>> extends Control<W> {
    T value();

    /** Sets the value in the kernel and in every front end showing it. */
    W value(T value);

    /** Calls {@code listener} with each change of the value. */
    W observe(Consumer<Change<T>> listener);

    /** Where this widget's callbacks write, instead of the area under the display that shows it. */
    W outputTo(Output out);

    /** One change of a value: which widget, from what, to what. */
    record Change<T>(Widget<?> source, T old, T value) {}
}
