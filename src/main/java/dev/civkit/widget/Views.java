package dev.civkit.widget;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** How a widget shows in a cell, and in front ends that cannot show widgets. */
final class Views {
    static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";

    private Views() {}

    /**
     * The bundle that shows {@code root}: the widget in an invisible VBox with an Output area under
     * it, where the callbacks of every widget in this display write. Without a kernel that carries
     * widgets, a card that says so.
     */
    static Map<String, Object> bundle(WidgetImpl<?> root) {
        WidgetKernel k = WidgetKernel.current();
        String text = root.toString();
        Map<String, Object> b = new LinkedHashMap<>();
        if (k == null) {
            b.put("text/plain", text + "\n(a widget: it shows and responds in the civkit Jupyter kernel)");
            b.put("text/html", "<div style=\"font-family:system-ui,sans-serif;font-size:13px;border:1px solid #ccc;border-radius:4px;padding:6px 10px;display:inline-block\"><b>"
                    + esc(text) + "</b><br><span style=\"color:#666\">Widgets need the civkit kernel: "
                    + "<code>java -jar civkit.jar kernel install</code>, then pick &quot;civkit&quot; as the notebook's kernel.</span></div>");
            return b;
        }
        Model shown;
        OutputImpl area;
        if (root instanceof OutputImpl o) {
            shown = o;
            area = o;
        } else {
            area = new OutputImpl();
            BoxImpl frame = new BoxImpl("VBox", root, area);
            root.framedBy(frame, area);
            shown = frame;
        }
        for (Model m : root.tree()) m.shownAbove(area);
        shown.open(k);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("model_id", shown.id());
        view.put("version_major", 2);
        view.put("version_minor", 0);
        b.put(VIEW_MIME, view);
        b.put("text/plain", text);
        return b;
    }

    /** Any value as a MIME bundle: a widget, civkit's {@code toMimeBundle()} convention, else its text. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> bundleOf(Object value) {
        if (value instanceof Map<?, ?> m && m.keySet().stream().allMatch(key -> key instanceof String s && s.contains("/"))) {
            return (Map<String, Object>) m;
        }
        if (value != null) {
            try {
                Method m = value.getClass().getMethod("toMimeBundle");
                if (Map.class.isAssignableFrom(m.getReturnType())) {
                    Map<String, Object> b = new LinkedHashMap<>((Map<String, Object>) m.invoke(value));
                    b.putIfAbsent("text/plain", String.valueOf(value));
                    return b;
                }
            } catch (ReflectiveOperationException | RuntimeException none) {
                // a plain value: its text
            }
        }
        return Map.of("text/plain", String.valueOf(value));
    }

    static String buttonStyle(String style) {
        String s = style == null ? "" : style;
        if (!Set.of("", "primary", "success", "info", "warning", "danger").contains(s)) {
            throw new IllegalArgumentException("style \"" + s + "\": one of primary, success, info, warning, danger or \"\"");
        }
        return s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
