package dev.civkit.widget;

final class FloatProgressImpl extends ValueImpl<Double, FloatProgress> implements FloatProgress {
    FloatProgressImpl(double max) {
        super("FloatProgressModel", "ProgressView", "ProgressStyleModel");
        if (!(max > 0)) throw new IllegalArgumentException("progress(" + max + "): the end of a progress bar is above 0");
        init("value", 0.0);
        init("min", 0.0);
        init("max", max);
        init("bar_style", "");
        init("orientation", "horizontal");
    }

    @Override
    Object toState(Double value) {
        if (value == null || value.isNaN()) throw new IllegalArgumentException("a progress value is a number, not " + value);
        return Math.max(0.0, Math.min(max(), value));
    }

    @Override
    public FloatProgress max(double max) {
        if (!(max > 0)) throw new IllegalArgumentException("max(" + max + "): the end of a progress bar is above 0");
        put("max", max);
        return this;
    }

    @Override
    public double max() {
        return (Double) get("max");
    }

    @Override
    public FloatProgress barStyle(String style) {
        put("bar_style", Views.buttonStyle(style));
        return this;
    }

    @Override
    public String toString() {
        return named() + " " + Math.round(100 * value() / max()) + "%";
    }
}
