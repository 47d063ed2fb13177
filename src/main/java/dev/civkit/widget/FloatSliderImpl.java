package dev.civkit.widget;

final class FloatSliderImpl extends ValueImpl<Double, FloatSlider> implements FloatSlider {
    FloatSliderImpl(double min, double max, double step) {
        super("FloatSliderModel", "FloatSliderView", "SliderStyleModel");
        if (!(min <= max)) throw new IllegalArgumentException("slider(" + min + ", " + max + ", " + step + "): min is above max");
        if (!(step > 0)) throw new IllegalArgumentException("slider(" + min + ", " + max + ", " + step + "): a step is positive");
        init("value", min);
        init("min", min);
        init("max", max);
        init("step", step);
        init("orientation", "horizontal");
        init("readout", true);
        init("readout_format", step >= 1 ? ".0f" : step >= 0.1 ? ".1f" : ".2f");
        init("continuous_update", false);
        init("behavior", "drag-tap");
    }

    @Override
    Object toState(Double value) {
        if (value == null || value.isNaN()) throw new IllegalArgumentException("a FloatSlider's value is a number, not " + value);
        if (value < min() || value > max()) throw new IllegalArgumentException("value " + value + " is outside " + min() + ".." + max());
        return value;
    }

    @Override
    public FloatSlider min(double min) {
        if (min > max()) throw new IllegalArgumentException("min(" + min + ") is above max " + max());
        put("min", min);
        if (value() < min) value(min);
        return this;
    }

    @Override
    public FloatSlider max(double max) {
        if (max < min()) throw new IllegalArgumentException("max(" + max + ") is below min " + min());
        put("max", max);
        if (value() > max) value(max);
        return this;
    }

    @Override
    public FloatSlider step(double step) {
        if (!(step > 0)) throw new IllegalArgumentException("step(" + step + "): a step is positive");
        put("step", step);
        return this;
    }

    @Override
    public double min() {
        return (Double) get("min");
    }

    @Override
    public double max() {
        return (Double) get("max");
    }

    @Override
    public FloatSlider continuousUpdate(boolean whileDragging) {
        put("continuous_update", whileDragging);
        return this;
    }

    @Override
    public String toString() {
        return super.toString() + " (" + min() + ".." + max() + ")";
    }
}
