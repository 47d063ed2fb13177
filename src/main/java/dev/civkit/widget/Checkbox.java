package dev.civkit.widget;

/** A tick box. */
public interface Checkbox extends ValueWidget<Boolean, Checkbox> {
    /** Whether the box lines up with other controls' values (true) or sits at the left. */
    Checkbox indent(boolean indent);
}
