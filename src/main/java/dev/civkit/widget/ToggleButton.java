package dev.civkit.widget;

/** A button that stays pressed: true while down. */
public interface ToggleButton extends ValueWidget<Boolean, ToggleButton> {
    /** {@code "primary"}, {@code "success"}, {@code "info"}, {@code "warning"}, {@code "danger"} or {@code ""}. */
    ToggleButton buttonStyle(String style);

    /** A Font Awesome icon name, e.g. {@code "check"}. */
    ToggleButton icon(String name);
}
