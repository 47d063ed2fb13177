package dev.civkit.widget;

/** A one-line text field. */
public interface Text extends ValueWidget<String, Text> {
    Text placeholder(String text);

    /** With false (the default) the value is sent when the field loses focus or Enter is pressed, not per key. */
    Text continuousUpdate(boolean eachKey);
}
