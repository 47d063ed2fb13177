package dev.civkit.widget;

final class ToggleButtonImpl extends ValueImpl<Boolean, ToggleButton> implements ToggleButton {
    ToggleButtonImpl(String description) {
        super("ToggleButtonModel", "ToggleButtonView", "ToggleButtonStyleModel");
        init("value", false);
        init("description", description == null ? "" : description);
        init("button_style", "");
        init("icon", "");
    }

    @Override
    Object toState(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    @Override
    public ToggleButton buttonStyle(String style) {
        put("button_style", Views.buttonStyle(style));
        return this;
    }

    @Override
    public ToggleButton icon(String name) {
        put("icon", name == null ? "" : name);
        return this;
    }
}
