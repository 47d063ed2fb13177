package dev.civkit.widget;

/**
 * An output area inside a widget layout: text, cards, images, errors. Every displayed widget has one
 * under it for its callbacks; make your own to place output where you want it.
 */
public interface Output extends Widget<Output> {
    Output clear();

    Output print(String text);

    Output println(String text);

    /** Shows {@code value} as a cell would (a civkit card, a widget, text). */
    Output display(Object value);

    /** Runs {@code body} with its System.out, System.err, displays and a thrown error shown here. */
    Output run(Runnable body);
}
