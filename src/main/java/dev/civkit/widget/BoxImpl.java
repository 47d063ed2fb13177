package dev.civkit.widget;

import java.util.ArrayList;
import java.util.List;

final class BoxImpl extends WidgetImpl<Box> implements Box {
    private final String kind;

    BoxImpl(String kind, Widget<?>... children) {
        super(kind + "Model", kind + "View");
        this.kind = kind;
        init("children", models(children));
        init("box_style", "");
    }

    static List<Object> models(Widget<?>... children) {
        if (children == null) return List.of();
        List<Object> l = new ArrayList<>();
        for (Widget<?> w : children) {
            if (w == null) throw new IllegalArgumentException("a box child is null (a widget not made yet?)");
            l.add(w);
        }
        return List.copyOf(l);
    }

    @Override
    public Box children(Widget<?>... children) {
        put("children", models(children));
        return this;
    }

    @Override
    public Box add(Widget<?>... more) {
        List<Object> l = new ArrayList<>(children());
        l.addAll(models(more));
        put("children", List.copyOf(l));
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Widget<?>> children() {
        return (List<Widget<?>>) (List<?>) get("children");
    }

    @Override
    public Box gap(String css) {
        layout.put("grid_gap", css);
        layout.put("gap", css);
        return this;
    }

    @Override
    public Box columns(String css) {
        layout.put("grid_template_columns", css);
        return this;
    }

    @Override
    String kind() {
        return kind;
    }

    @Override
    public String toString() {
        List<Widget<?>> c = children();
        return kind + " of " + c.size() + (c.isEmpty() ? "" : ": " + c.stream().map(w -> ((WidgetImpl<?>) w).kind()).distinct().limit(6).toList());
    }
}
