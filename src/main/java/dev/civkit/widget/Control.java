package dev.civkit.widget;

/** A widget with a description (its label) that can be disabled. */
public interface Control<W extends Control<W>> extends Widget<W> {
    W description(String text);

    String description();

    W disabled(boolean disabled);

    boolean disabled();

    W tooltip(String text);
}
