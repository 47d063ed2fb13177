package dev.civkit.widget;

final class IntSliderImpl extends ValueImpl<Integer, IntSlider> implements IntSlider {
    IntSliderImpl(int min, int max) {
        super("IntSliderModel", "IntSliderView", "SliderStyleModel");
        if (min > max) throw new IllegalArgumentException("slider(" + min + ", " + max + "): min is above max");
        init("value", min);
        init("min", min);
        init("max", max);
        init("step", 1);
        init("orientation", "horizontal");
        init("readout", true);
        init("readout_format", "d");
        init("continuous_update", false);
        init("behavior", "drag-tap");
    }

    @Override
    Object toState(Integer value) {
        if (value == null) throw new IllegalArgumentException("an IntSlider's value cannot be null");
        if (value < min() || value > max()) throw new IllegalArgumentException("value " + value + " is outside " + min() + ".." + max());
        return value;
    }

    @Override
    public IntSlider min(int min) {
        if (min > max()) throw new IllegalArgumentException("min(" + min + ") is above max " + max());
        put("min", min);
        if (value() < min) value(min);
        return this;
    }

    @Override
    public IntSlider max(int max) {
        if (max < min()) throw new IllegalArgumentException("max(" + max + ") is below min " + min());
        put("max", max);
        if (value() > max) value(max);
        return this;
    }

    @Override
    public IntSlider step(int step) {
        if (step <= 0) throw new IllegalArgumentException("step(" + step + "): a step is positive");
        put("step", step);
        return this;
    }

    @Override
    public int min() {
        return (Integer) get("min");
    }

    @Override
    public int max() {
        return (Integer) get("max");
    }

    @Override
    public IntSlider continuousUpdate(boolean whileDragging) {
        put("continuous_update", whileDragging);
        return this;
    }

    @Override
    public String toString() {
        return super.toString() + " (" + min() + ".." + max() + ")";
    }
}
