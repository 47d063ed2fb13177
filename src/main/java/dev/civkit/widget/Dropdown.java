package dev.civkit.widget;

import java.util.List;

/** A choice of one of several labels; the value is the chosen label. */
public interface Dropdown extends ValueWidget<String, Dropdown> {
    /** Replaces the choices; the first is chosen when the current value is not among them. */
    Dropdown options(List<String> labels);

    List<String> options();

    /** The chosen position, -1 for none. */
    int index();

    Dropdown index(int index);
}
