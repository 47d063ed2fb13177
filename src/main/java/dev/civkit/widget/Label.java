package dev.civkit.widget;

/** Plain text, shown as is. */
public interface Label extends ValueWidget<String, Label> {}
