package dev.civkit.widget;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A control with a value kept under {@link #key} and listeners told of its changes. */
abstract class ValueImpl<T, W extends ValueWidget<T, W>> extends ControlImpl<W> implements ValueWidget<T, W> {
    private final List<Consumer<Change<T>>> listeners = new CopyOnWriteArrayList<>();
    private final String key;

    ValueImpl(String model, String view, String styleModel, String key) {
        super(model, view, styleModel);
        this.key = key;
    }

    ValueImpl(String model, String view, String styleModel) {
        this(model, view, styleModel, "value");
    }

    /** The state's value as users see it. */
    @SuppressWarnings("unchecked")
    T fromState(Object state) {
        return (T) state;
    }

    /** A user's value as the state keeps it. */
    Object toState(T value) {
        return value;
    }

    @Override
    public T value() {
        return fromState(get(key));
    }

    @Override
    public W value(T value) {
        put(key, toState(value));
        return self();
    }

    @Override
    public W observe(Consumer<Change<T>> listener) {
        if (listener == null) throw new IllegalArgumentException("observe(null): give the code to run when the value changes, e.g. observe(c -> println(c.value()))");
        listen(listener);
        Callbacks.noteWhereListenersRun("value(…)");
        return self();
    }

    /** A listener of civkit's own (a link): nothing to say about where it runs. */
    final void listen(Consumer<Change<T>> listener) {
        listeners.add(listener);
    }

    @Override
    public W outputTo(Output out) {
        pinArea((OutputImpl) out);
        return self();
    }

    @Override
    void changed(String k, Object old, Object now, boolean byFrontEnd) {
        if (!key.equals(k) || listeners.isEmpty()) return;
        Change<T> c = new Change<>(this, fromState(old), fromState(now));
        Callbacks.run(this, byFrontEnd, () -> listeners.forEach(l -> l.accept(c)));
    }

    @Override
    public String toString() {
        return named() + " = " + show(value());
    }

    static String show(Object v) {
        return v instanceof String s ? "\"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"" : String.valueOf(v);
    }
}
