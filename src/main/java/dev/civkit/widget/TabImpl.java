package dev.civkit.widget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class TabImpl extends ValueImpl<Integer, Tab> implements Tab {
    TabImpl() {
        super("TabModel", "TabView", "DescriptionStyleModel", "selected_index");
        init("children", List.of());
        init("titles", List.of());
        init("selected_index", null);
        init("box_style", "");
    }

    @Override
    public Tab add(String title, Widget<?> page) {
        if (page == null) throw new IllegalArgumentException("add(\"" + title + "\", null): a tab page is a widget");
        List<Object> children = new ArrayList<>((List<?>) get("children"));
        List<Object> titles = new ArrayList<>(titles());
        children.add(page);
        titles.add(title == null ? "" : title);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("children", List.copyOf(children));
        m.put("titles", List.copyOf(titles));
        if (get("selected_index") == null) m.put("selected_index", 0);
        putAll(m);
        return this;
    }

    @Override
    Object toState(Integer value) {
        int n = titles().size();
        if (value == null || value < 0 || value >= n) throw new IllegalArgumentException("tab " + value + " is outside 0.." + (n - 1));
        return value;
    }

    @Override
    Object accept(String key, Object json, Object current) {
        return json instanceof Number n ? (Object) n.intValue() : json;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> titles() {
        return (List<String>) get("titles");
    }

    @Override
    public String toString() {
        return "Tab " + titles() + (value() == null ? "" : " showing " + value());
    }
}
