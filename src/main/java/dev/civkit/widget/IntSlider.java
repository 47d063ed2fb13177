package dev.civkit.widget;

/** A slider over whole numbers. */
public interface IntSlider extends ValueWidget<Integer, IntSlider> {
    IntSlider min(int min);

    IntSlider max(int max);

    IntSlider step(int step);

    int min();

    int max();

    /** With false (the default) the value is sent when the handle is let go, not while it is dragged. */
    IntSlider continuousUpdate(boolean whileDragging);
}
