package dev.civkit.widget;

final class LabelImpl extends ValueImpl<String, Label> implements Label {
    LabelImpl(String text) {
        super("LabelModel", "LabelView", "LabelStyleModel");
        init("value", text == null ? "" : text);
        init("placeholder", "");
    }
}
