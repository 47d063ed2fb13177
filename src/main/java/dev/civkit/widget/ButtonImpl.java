package dev.civkit.widget;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

final class ButtonImpl extends ControlImpl<Button> implements Button {
    private final List<Consumer<Button>> listeners = new CopyOnWriteArrayList<>();

    ButtonImpl(String description) {
        super("ButtonModel", "ButtonView", "ButtonStyleModel");
        init("description", description == null ? "" : description);
        init("button_style", "");
        init("icon", "");
    }

    @Override
    public Button onClick(Consumer<Button> listener) {
        if (listener == null) throw new IllegalArgumentException("onClick(null): give the code to run on a click, e.g. onClick(b -> println(\"clicked\"))");
        listeners.add(listener);
        Callbacks.noteWhereListenersRun("click()");
        return this;
    }

    @Override
    public void click() {
        listeners.forEach(l -> l.accept(this));
    }

    @Override
    void custom(Map<String, Object> content) {
        if ("click".equals(content.get("event")) && !listeners.isEmpty()) {
            Callbacks.run(this, true, () -> listeners.forEach(l -> l.accept(this)));
        }
    }

    @Override
    public Button buttonStyle(String style) {
        put("button_style", Views.buttonStyle(style));
        return this;
    }

    @Override
    public Button icon(String name) {
        put("icon", name == null ? "" : name);
        return this;
    }

    @Override
    public Button outputTo(Output out) {
        pinArea((OutputImpl) out);
        return this;
    }

    @Override
    public String toString() {
        return named() + (listeners.isEmpty() ? "" : " (" + listeners.size() + (listeners.size() == 1 ? " listener)" : " listeners)"));
    }
}
