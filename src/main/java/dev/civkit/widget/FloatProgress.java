package dev.civkit.widget;

/** A progress bar filling up to {@link #max(double)}. */
public interface FloatProgress extends ValueWidget<Double, FloatProgress> {
    FloatProgress max(double max);

    double max();

    /** {@code "success"}, {@code "info"}, {@code "warning"}, {@code "danger"} or {@code ""}. */
    FloatProgress barStyle(String style);
}
