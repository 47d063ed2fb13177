package dev.civkit.widget;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** What every widget does: layout, showing, closing, a status line. */
abstract class WidgetImpl<W extends Widget<W>> extends Model implements Widget<W> {
    final Part layout = Part.layout();
    /** The invisible boxes and areas the displays of this widget were made of: closed with it. */
    private final List<WidgetImpl<?>> frames = new CopyOnWriteArrayList<>();

    WidgetImpl(String module, String model, String view) {
        super(module, model, module, view);
        init("_dom_classes", List.of());
        init("layout", layout);
        init("tabbable", null);
        init("tooltip", null);
    }

    WidgetImpl(String model, String view) {
        this(CONTROLS, model, view);
    }

    @SuppressWarnings("unchecked")
    final W self() {
        return (W) this;
    }

    @Override
    public W width(String css) {
        layout.put("width", css);
        return self();
    }

    @Override
    public W height(String css) {
        layout.put("height", css);
        return self();
    }

    @Override
    public W layout(String trait, String css) {
        if (trait == null || trait.isBlank()) throw new IllegalArgumentException("layout trait missing: e.g. layout(\"margin\", \"4px\")");
        layout.put(trait.replace('-', '_'), css);
        return self();
    }

    @Override
    public W visible(boolean visible) {
        layout.put("visibility", visible ? null : "hidden");
        return self();
    }

    @Override
    public void close() {
        closeComm();
        layout.closeComm();
        for (WidgetImpl<?> f : frames) f.close();
        frames.clear();
    }

    final void framedBy(WidgetImpl<?> box, WidgetImpl<?> area) {
        frames.add(box);
        frames.add(area);
    }

    @Override
    public Map<String, Object> toMimeBundle() {
        return Views.bundle(this);
    }

    /** The widget's kind as users call it, for status lines. */
    String kind() {
        return getClass().getSimpleName().replace("Impl", "");
    }

    @Override
    public String toString() {
        return kind();
    }
}
