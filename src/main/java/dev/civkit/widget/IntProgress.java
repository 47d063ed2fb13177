package dev.civkit.widget;

/** A progress bar counting whole steps up to {@link #max(int)}. */
public interface IntProgress extends ValueWidget<Integer, IntProgress> {
    IntProgress max(int max);

    int max();

    /** {@code "success"}, {@code "info"}, {@code "warning"}, {@code "danger"} or {@code ""}. */
    IntProgress barStyle(String style);
}
