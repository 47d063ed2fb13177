package dev.civkit.widget;

final class TextImpl extends ValueImpl<String, Text> implements Text {
    TextImpl(String value) {
        super("TextModel", "TextView", "TextStyleModel");
        init("value", value == null ? "" : value);
        init("placeholder", "");
        init("continuous_update", false);
    }

    @Override
    public Text placeholder(String text) {
        put("placeholder", text == null ? "" : text);
        return this;
    }

    @Override
    public Text continuousUpdate(boolean eachKey) {
        put("continuous_update", eachKey);
        return this;
    }
}
