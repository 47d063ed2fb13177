package dev.civkit.widget;

final class TextareaImpl extends ValueImpl<String, Textarea> implements Textarea {
    TextareaImpl(String value) {
        super("TextareaModel", "TextareaView", "TextStyleModel");
        init("value", value == null ? "" : value);
        init("placeholder", "");
        init("rows", null);
        init("continuous_update", false);
    }

    @Override
    public Textarea placeholder(String text) {
        put("placeholder", text == null ? "" : text);
        return this;
    }

    @Override
    public Textarea rows(int rows) {
        if (rows < 1) throw new IllegalArgumentException("rows(" + rows + "): a text area has at least 1 row");
        put("rows", rows);
        return this;
    }

    @Override
    public Textarea continuousUpdate(boolean eachKey) {
        put("continuous_update", eachKey);
        return this;
    }
}
