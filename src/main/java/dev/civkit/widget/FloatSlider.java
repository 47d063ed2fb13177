package dev.civkit.widget;

/** A slider over decimal numbers. */
public interface FloatSlider extends ValueWidget<Double, FloatSlider> {
    FloatSlider min(double min);

    FloatSlider max(double max);

    FloatSlider step(double step);

    double min();

    double max();

    /** With false (the default) the value is sent when the handle is let go, not while it is dragged. */
    FloatSlider continuousUpdate(boolean whileDragging);
}
