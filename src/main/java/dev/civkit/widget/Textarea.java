package dev.civkit.widget;

/** A multi-line text field. */
public interface Textarea extends ValueWidget<String, Textarea> {
    Textarea placeholder(String text);

    Textarea rows(int rows);

    Textarea continuousUpdate(boolean eachKey);
}
