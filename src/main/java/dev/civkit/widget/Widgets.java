package dev.civkit.widget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Jupyter widgets for notebook cells, statically imported by the kernel:
 * {@code var s = slider(0, 10); var b = button("Go"); b.onClick(e -> println(s.value())); vbox(s, b)}.
 * A widget shows as a cell's value or with {@code display(w)}; its listeners run on the cell thread.
 */
public final class Widgets {
    private Widgets() {}

    public static Text text() {
        return new TextImpl("");
    }

    public static Text text(String value) {
        return new TextImpl(value);
    }

    public static Textarea textarea() {
        return new TextareaImpl("");
    }

    public static Textarea textarea(String value) {
        return new TextareaImpl(value);
    }

    /** A whole-number slider from {@code min} to {@code max}, at {@code min}. */
    public static IntSlider slider(int min, int max) {
        return new IntSliderImpl(min, max);
    }

    /** A decimal slider from {@code min} to {@code max} in steps of {@code step}, at {@code min}. */
    public static FloatSlider slider(double min, double max, double step) {
        return new FloatSliderImpl(min, max, step);
    }

    /** A choice of {@code options}, the first chosen. */
    public static Dropdown dropdown(String... options) {
        return new DropdownImpl(options == null ? null : List.of(options));
    }

    public static Dropdown dropdown(List<String> options) {
        return new DropdownImpl(options);
    }

    public static ToggleButton toggle(String description) {
        return new ToggleButtonImpl(description);
    }

    public static Checkbox checkbox(String description) {
        return new CheckboxImpl(description);
    }

    public static Button button(String description) {
        return new ButtonImpl(description);
    }

    /** A bar counting 0 to {@code max} whole steps. */
    public static IntProgress progress(int max) {
        return new IntProgressImpl(max);
    }

    /** A bar filling from 0.0 to {@code max}. */
    public static FloatProgress progress(double max) {
        return new FloatProgressImpl(max);
    }

    public static Label label(String text) {
        return new LabelImpl(text);
    }

    public static HTML html(String html) {
        return new HTMLImpl(html);
    }

    /** An image from its bytes (PNG, JPEG, WebP or GIF), sent as binary, not base64. */
    public static Image image(byte[] bytes) {
        return new ImageImpl(bytes);
    }

    public static Image image(Path file) {
        Objects.requireNonNull(file, "image(null): give an image file's path");
        try {
            return new ImageImpl(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image " + file + ": " + e.getMessage(), e);
        }
    }

    public static Box hbox(Widget<?>... children) {
        return new BoxImpl("HBox", children);
    }

    public static Box vbox(Widget<?>... children) {
        return new BoxImpl("VBox", children);
    }

    /** A grid; {@code columns} is CSS grid-template-columns, e.g. {@code "repeat(4, 1fr)"}. */
    public static Box grid(String columns, Widget<?>... children) {
        return new BoxImpl("GridBox", children).columns(columns);
    }

    /** Titled pages: {@code tabs().add("Prompt", form).add("Results", grid)}. */
    public static Tab tabs() {
        return new TabImpl();
    }

    public static Output output() {
        return new OutputImpl();
    }

    /**
     * Keeps two values equal, both ways, in the kernel (so each side's listeners see the change):
     * {@code b} takes {@code a}'s value now.
     */
    public static <T> Link link(ValueWidget<T, ?> a, ValueWidget<T, ?> b) {
        if (a == null || b == null) throw new IllegalArgumentException("link(a, b): both widgets are needed");
        if (a == b) throw new IllegalArgumentException("link(a, a): a widget is always equal to itself");
        return new Link(a, b);
    }

    /** A link made by {@link #link}; {@link #unlink()} ends it. */
    public static final class Link {
        private final AtomicBoolean live = new AtomicBoolean(true);
        private final String text;

        <T> Link(ValueWidget<T, ?> a, ValueWidget<T, ?> b) {
            text = "link " + a + " <-> " + b;
            b.value(a.value());
            ((ValueImpl<T, ?>) a).listen(c -> {
                if (live.get() && !Objects.equals(b.value(), c.value())) b.value(c.value());
            });
            ((ValueImpl<T, ?>) b).listen(c -> {
                if (live.get() && !Objects.equals(a.value(), c.value())) a.value(c.value());
            });
        }

        public void unlink() {
            live.set(false);
        }

        @Override
        public String toString() {
            return (live.get() ? "" : "(ended) ") + text;
        }
    }
}
