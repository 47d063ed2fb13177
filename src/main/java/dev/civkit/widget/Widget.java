package dev.civkit.widget;

import java.util.Map;

/**
 * A Jupyter widget: a control the kernel and the browser keep in step. Shown as a cell's value or
 * with {@code display(w)}; setters return the widget, so a form reads as one expression.
 */
public interface Widget<W extends Widget<W>> {
    /** The model id (the comm id front ends know it by). */
    String id();

    /** CSS width of the widget's box, e.g. {@code "300px"} or {@code "50%"}. */
    W width(String css);

    W height(String css);

    /** Any layout trait ({@code margin}, {@code border}, {@code grid_area}, {@code align_items}, …) as CSS. */
    W layout(String trait, String css);

    /** Hidden widgets keep their place in a box but show nothing. */
    W visible(boolean visible);

    /** Removes the widget from every front end; it cannot be shown again. */
    void close();

    /** The cell output that shows this widget (the kernel calls this). */
    Map<String, Object> toMimeBundle();
}
