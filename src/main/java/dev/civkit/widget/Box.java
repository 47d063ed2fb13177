package dev.civkit.widget;

import java.util.List;

/** Widgets side by side ({@code hbox}), one above another ({@code vbox}) or in a grid ({@code grid}). */
public interface Box extends Widget<Box> {
    /** Replaces the children. */
    Box children(Widget<?>... children);

    /** Adds children at the end. */
    Box add(Widget<?>... children);

    List<Widget<?>> children();

    /** CSS gap between children, e.g. {@code "8px"}. */
    Box gap(String css);

    /** For a grid: CSS grid-template-columns, e.g. {@code "repeat(4, 1fr)"}. */
    Box columns(String css);
}
