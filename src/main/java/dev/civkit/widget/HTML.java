package dev.civkit.widget;

/** A piece of HTML; the value is the markup. */
public interface HTML extends ValueWidget<String, HTML> {}
