package dev.civkit.widget;

final class IntProgressImpl extends ValueImpl<Integer, IntProgress> implements IntProgress {
    IntProgressImpl(int max) {
        super("IntProgressModel", "ProgressView", "ProgressStyleModel");
        if (max <= 0) throw new IllegalArgumentException("progress(" + max + "): the end of a progress bar is above 0");
        init("value", 0);
        init("min", 0);
        init("max", max);
        init("bar_style", "");
        init("orientation", "horizontal");
    }

    @Override
    Object toState(Integer value) {
        if (value == null) throw new IllegalArgumentException("a progress value cannot be null");
        return Math.max(0, Math.min(max(), value));
    }

    @Override
    public IntProgress max(int max) {
        if (max <= 0) throw new IllegalArgumentException("max(" + max + "): the end of a progress bar is above 0");
        put("max", max);
        return this;
    }

    @Override
    public int max() {
        return (Integer) get("max");
    }

    @Override
    public IntProgress barStyle(String style) {
        put("bar_style", Views.buttonStyle(style));
        return this;
    }

    @Override
    public String toString() {
        return named() + " " + value() + "/" + max();
    }
}
