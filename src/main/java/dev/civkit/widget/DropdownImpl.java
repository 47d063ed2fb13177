package dev.civkit.widget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The protocol keeps the labels and the chosen index; the value users see is the label. */
final class DropdownImpl extends ValueImpl<String, Dropdown> implements Dropdown {
    DropdownImpl(List<String> labels) {
        super("DropdownModel", "DropdownView", "DescriptionStyleModel", "index");
        List<String> l = checked(labels);
        init("_options_labels", l);
        init("index", l.isEmpty() ? null : 0);
    }

    private static List<String> checked(List<String> labels) {
        if (labels == null) throw new IllegalArgumentException("dropdown(null): give the choices, e.g. dropdown(\"a\", \"b\")");
        List<String> l = new ArrayList<>();
        for (String s : labels) {
            if (s == null) throw new IllegalArgumentException("dropdown choices cannot be null: " + labels);
            l.add(s);
        }
        return List.copyOf(l);
    }

    @Override
    String fromState(Object state) {
        List<String> l = options();
        return state instanceof Integer i && i >= 0 && i < l.size() ? l.get(i) : null;
    }

    @Override
    Object toState(String value) {
        int i = options().indexOf(value);
        if (i < 0) throw new IllegalArgumentException("\"" + value + "\" is not one of " + options());
        return i;
    }

    @Override
    Object accept(String key, Object json, Object current) {
        return "index".equals(key) && json instanceof Number n ? (Object) n.intValue() : super.accept(key, json, current);
    }

    @Override
    public Dropdown options(List<String> labels) {
        List<String> l = checked(labels);
        String now = value();
        int i = now == null ? -1 : l.indexOf(now);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("_options_labels", l);
        m.put("index", i >= 0 ? i : l.isEmpty() ? null : 0);
        putAll(m);
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> options() {
        return (List<String>) get("_options_labels");
    }

    @Override
    public int index() {
        return get("index") instanceof Integer i ? i : -1;
    }

    @Override
    public Dropdown index(int index) {
        if (index < 0 || index >= options().size()) throw new IllegalArgumentException("index(" + index + ") is outside 0.." + (options().size() - 1));
        put("index", index);
        return this;
    }

    @Override
    boolean settable(String key, Object current) {
        return "index".equals(key);
    }
}
