package dev.civkit.widget;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One widget model: its state as the protocol names it, and its comm once a kernel carries it.
 * State is set from the cell (sent as an update) and from front ends (applied, echoed to every front
 * end, then the listeners run on the cell thread). A model opens its comm when first shown, its
 * children's first, so every {@code IPY_MODEL_} reference it sends is already known to the front end.
 */
abstract class Model implements WidgetKernel.Endpoint {
    static final String BASE = "@jupyter-widgets/base";
    static final String CONTROLS = "@jupyter-widgets/controls";
    static final String OUTPUT = "@jupyter-widgets/output";
    static final String VERSION = "2.0.0";

    private final String id = UUID.randomUUID().toString().replace("-", "");
    private final Map<String, Object> state = new LinkedHashMap<>();
    private WidgetKernel.Channel channel;
    private WidgetKernel kernel;
    /** Where this model's callbacks write: the area under the display that last showed it, or one set. */
    private volatile OutputImpl area;
    private volatile boolean areaPinned;

    Model(String module, String model, String viewModule, String view) {
        String version = OUTPUT.equals(module) ? "1.0.0" : VERSION;
        state.put("_model_module", module);
        state.put("_model_module_version", version);
        state.put("_model_name", model);
        state.put("_view_module", viewModule);
        state.put("_view_module_version", OUTPUT.equals(viewModule) ? "1.0.0" : VERSION);
        state.put("_view_name", view);
    }

    @Override
    public String id() {
        return id;
    }

    final synchronized Object get(String key) {
        return state.get(key);
    }

    /** Puts a value before the comm opens (no update, no listeners): construction only. */
    final synchronized void init(String key, Object value) {
        state.put(key, value);
    }

    final void put(String key, Object value) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(key, value);
        putAll(one);
    }

    /** Sets state from the kernel side: sends the changed keys as one update, then tells the listeners. */
    final void putAll(Map<String, Object> changes) {
        Map<String, Object> changed = new LinkedHashMap<>();
        Map<String, Object> olds = new LinkedHashMap<>();
        WidgetKernel.Channel ch;
        WidgetKernel k;
        synchronized (this) {
            for (Map.Entry<String, Object> e : changes.entrySet()) {
                Object old = state.get(e.getKey());
                if (same(old, e.getValue())) continue;
                state.put(e.getKey(), e.getValue());
                changed.put(e.getKey(), e.getValue());
                olds.put(e.getKey(), old);
            }
            ch = channel;
            k = kernel;
        }
        if (changed.isEmpty()) return;
        if (ch != null && !ch.closed()) {
            for (Model m : references(changed)) m.open(k);
            WidgetKernel.Encoded u = Codec.encode("update", changed);
            ch.send(u.data(), u.buffers(), null);
        }
        for (Map.Entry<String, Object> e : changed.entrySet()) changed(e.getKey(), olds.get(e.getKey()), e.getValue(), false);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) return Arrays.equals(x, y);
        return Objects.equals(a, b);
    }

    /** A key changed; {@code byFrontEnd} when a person did it (then listeners belong on the cell thread). */
    void changed(String key, Object old, Object now, boolean byFrontEnd) {}

    /** A custom message from a front end (a click). */
    void custom(Map<String, Object> content) {}

    /** A front end's value for {@code key} as this model keeps it (numbers arrive as doubles). */
    Object accept(String key, Object json, Object current) {
        if (json instanceof Number n) {
            if (current instanceof Integer) return n.intValue();
            if (current instanceof Long) return n.longValue();
            if (current instanceof Double) return n.doubleValue();
            return n.doubleValue() == Math.rint(n.doubleValue()) && !(current instanceof Double) ? (Object) n.intValue() : n.doubleValue();
        }
        return json;
    }

    /** Whether a front end may set {@code key}: not the model's identity, not its children. */
    boolean settable(String key, Object current) {
        return !key.startsWith("_") && !(current instanceof Model) && !(current instanceof List<?> l && l.stream().anyMatch(Model.class::isInstance));
    }

    /** Opens the comm (children first) in {@code k}; does nothing when it is open already. */
    final void open(WidgetKernel k) {
        if (k == null) return;
        synchronized (this) {
            if (channel != null && !channel.closed()) return;
        }
        Map<String, Object> snapshot;
        synchronized (this) {
            snapshot = new LinkedHashMap<>(state);
        }
        for (Model m : references(snapshot)) m.open(k);
        synchronized (this) {
            if (channel != null && !channel.closed()) return;
            kernel = k;
            channel = k.open(this, Codec.encode(null, state));
        }
    }

    final synchronized boolean isOpen() {
        return channel != null && !channel.closed();
    }

    final synchronized WidgetKernel kernel() {
        return kernel;
    }

    private static List<Model> references(Map<String, Object> values) {
        List<Model> out = new ArrayList<>();
        for (Object v : values.values()) collect(v, out);
        return out;
    }

    private static void collect(Object v, List<Model> out) {
        if (v instanceof Model m) out.add(m);
        else if (v instanceof List<?> l) l.forEach(x -> collect(x, out));
        else if (v instanceof Map<?, ?> m) m.values().forEach(x -> collect(x, out));
    }

    /** This model and every model it refers to, once each. */
    final List<Model> tree() {
        List<Model> out = new ArrayList<>();
        Set<Model> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Model> todo = new ArrayDeque<>(List.of(this));
        while (!todo.isEmpty()) {
            Model m = todo.pop();
            if (!seen.add(m)) continue;
            out.add(m);
            Map<String, Object> snapshot;
            synchronized (m) {
                snapshot = new LinkedHashMap<>(m.state);
            }
            todo.addAll(references(snapshot));
        }
        return out;
    }

    final OutputImpl area() {
        return area;
    }

    /** The display that now shows this model: its callbacks write there unless an area was set on purpose. */
    final void shownAbove(OutputImpl a) {
        if (!areaPinned) area = a;
    }

    final void pinArea(OutputImpl a) {
        area = a;
        areaPinned = a != null;
    }

    @Override
    public final WidgetKernel.Encoded fullState() {
        synchronized (this) {
            return Codec.encode(null, state);
        }
    }

    /** The state to list in a control comm's {@code update_states}: name, module, version and state. */
    @Override
    public final Map<String, Object> described() {
        synchronized (this) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("model_name", state.get("_model_name"));
            d.put("model_module", state.get("_model_module"));
            d.put("model_module_version", state.get("_model_module_version"));
            d.put("state", new LinkedHashMap<>(state));
            return d;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void onMessage(Map<String, Object> data, List<byte[]> buffers, Object parent) {
        Object method = data.get("method");
        if ("update".equals(method) && data.get("state") instanceof Map<?, ?> incoming) {
            Map<String, Object> st = new LinkedHashMap<>((Map<String, Object>) incoming);
            Codec.putBuffers(st, data.get("buffer_paths"), buffers);
            fromFrontEnd(st, parent);
        } else if ("request_state".equals(method)) {
            WidgetKernel.Channel ch;
            synchronized (this) {
                ch = channel;
            }
            WidgetKernel.Encoded full = Codec.encode("update", snapshot());
            if (ch != null) ch.send(full.data(), full.buffers(), parent);
        } else if ("custom".equals(method) && data.get("content") instanceof Map<?, ?> content) {
            custom((Map<String, Object>) content);
        }
    }

    private synchronized Map<String, Object> snapshot() {
        return new LinkedHashMap<>(state);
    }

    /**
     * A person changed the widget: the values are applied, echoed to every front end (echo_update, so a
     * second front end stays in step and the sender knows its change was taken), then listeners run.
     */
    private void fromFrontEnd(Map<String, Object> incoming, Object parent) {
        Map<String, Object> changed = new LinkedHashMap<>();
        Map<String, Object> olds = new LinkedHashMap<>();
        Map<String, Object> echo = new LinkedHashMap<>();
        WidgetKernel.Channel ch;
        synchronized (this) {
            for (Map.Entry<String, Object> e : incoming.entrySet()) {
                Object current = state.get(e.getKey());
                if (!settable(e.getKey(), current)) continue;
                Object v = accept(e.getKey(), e.getValue(), current);
                echo.put(e.getKey(), v);
                if (same(current, v)) continue;
                state.put(e.getKey(), v);
                changed.put(e.getKey(), v);
                olds.put(e.getKey(), current);
            }
            ch = channel;
        }
        if (ch != null && !echo.isEmpty()) {
            WidgetKernel.Encoded e = Codec.encode("echo_update", echo);
            ch.send(e.data(), e.buffers(), parent);
        }
        for (Map.Entry<String, Object> e : changed.entrySet()) changed(e.getKey(), olds.get(e.getKey()), e.getValue(), true);
    }

    @Override
    public void onClose() {
        synchronized (this) {
            channel = null;
        }
    }

    /** Closes the comm: every front end drops the model and its views. */
    final void closeComm() {
        WidgetKernel.Channel ch;
        synchronized (this) {
            ch = channel;
            channel = null;
        }
        if (ch != null) ch.end();
    }
}
