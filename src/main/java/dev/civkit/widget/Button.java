package dev.civkit.widget;

import java.util.function.Consumer;

/**
 * A push button. Its click listeners run as a cell does: on the session's cell thread, after any
 * running cell, one click after another, stopped by an interrupt, with their output and errors in
 * the area under the button.
 */
public interface Button extends Control<Button> {
    Button onClick(Consumer<Button> listener);

    /** Runs the click listeners now, on this thread (as a click would, without the browser). */
    void click();

    /** {@code "primary"}, {@code "success"}, {@code "info"}, {@code "warning"}, {@code "danger"} or {@code ""}. */
    Button buttonStyle(String style);

    /** A Font Awesome icon name, e.g. {@code "play"}. */
    Button icon(String name);

    /** Where the click listeners write, instead of the area under the display that shows the button. */
    Button outputTo(Output out);
}
