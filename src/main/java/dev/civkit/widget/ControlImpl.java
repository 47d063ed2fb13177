package dev.civkit.widget;

/** A widget with a description, a style model and a disabled flag. */
abstract class ControlImpl<W extends Control<W>> extends WidgetImpl<W> implements Control<W> {
    final Part style;

    ControlImpl(String model, String view, String styleModel) {
        super(model, view);
        style = Part.style(styleModel);
        init("style", style);
        init("description", "");
        init("description_allow_html", false);
        init("disabled", false);
    }

    @Override
    public W description(String text) {
        put("description", text == null ? "" : text);
        return self();
    }

    @Override
    public String description() {
        return (String) get("description");
    }

    @Override
    public W disabled(boolean disabled) {
        put("disabled", disabled);
        return self();
    }

    @Override
    public boolean disabled() {
        return Boolean.TRUE.equals(get("disabled"));
    }

    @Override
    public W tooltip(String text) {
        put("tooltip", text);
        return self();
    }

    @Override
    public void close() {
        super.close();
        style.closeComm();
    }

    /** {@code Kind "description"} or {@code Kind}. */
    String named() {
        String d = description();
        return d == null || d.isEmpty() ? kind() : kind() + " \"" + d + "\"";
    }

    @Override
    public String toString() {
        return named();
    }
}
