package dev.civkit.widget;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Output widget, written from the kernel side: its {@code outputs} state is the list of outputs,
 * so whatever a callback prints reaches every front end, survives a page reload and needs no
 * message routing by parent header (a callback may run long after the click that caused it).
 */
final class OutputImpl extends WidgetImpl<Output> implements Output {
    /** Text is sent at most this often while it streams; the rest when the writer ends. */
    private static final long STREAM_EVERY_MS = 100;

    private final Map<String, Integer> displays = new LinkedHashMap<>();

    OutputImpl() {
        super(OUTPUT, "OutputModel", "OutputView");
        init("msg_id", "");
        init("outputs", List.of());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> outputs() {
        return (List<Map<String, Object>>) get("outputs");
    }

    @Override
    public synchronized Output clear() {
        displays.clear();
        put("outputs", List.of());
        return this;
    }

    @Override
    public Output print(String text) {
        stream("stdout", text);
        return this;
    }

    @Override
    public Output println(String text) {
        return print(text + "\n");
    }

    synchronized void stream(String name, String text) {
        if (text == null || text.isEmpty()) return;
        List<Map<String, Object>> l = new ArrayList<>(outputs());
        Map<String, Object> last = l.isEmpty() ? null : l.get(l.size() - 1);
        if (last != null && "stream".equals(last.get("output_type")) && name.equals(last.get("name"))) {
            Map<String, Object> merged = new LinkedHashMap<>(last);
            merged.put("text", last.get("text") + text);
            l.set(l.size() - 1, merged);
        } else {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("output_type", "stream");
            o.put("name", name);
            o.put("text", text);
            l.add(o);
        }
        put("outputs", List.copyOf(l));
    }

    @Override
    public Output display(Object value) {
        show(null, Views.bundleOf(value));
        return this;
    }

    /** Adds a display_data output; with {@code displayId} it can be replaced later by {@link #replace}. */
    synchronized void show(String displayId, Map<String, Object> bundle) {
        List<Map<String, Object>> l = new ArrayList<>(outputs());
        l.add(displayData(bundle));
        if (displayId != null) displays.put(displayId, l.size() - 1);
        put("outputs", List.copyOf(l));
    }

    synchronized void replace(String displayId, Map<String, Object> bundle) {
        Integer at = displays.get(displayId);
        List<Map<String, Object>> l = new ArrayList<>(outputs());
        if (at == null || at >= l.size()) {
            show(displayId, bundle);
            return;
        }
        l.set(at, displayData(bundle));
        put("outputs", List.copyOf(l));
    }

    private static Map<String, Object> displayData(Map<String, Object> bundle) {
        Map<String, Object> data = new LinkedHashMap<>();
        bundle.forEach((k, v) -> {
            if (v != null) data.put(k, v);
        });
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("output_type", "display_data");
        o.put("data", data);
        o.put("metadata", Map.of());
        return o;
    }

    synchronized void error(Throwable t, List<String> traceback) {
        List<Map<String, Object>> l = new ArrayList<>(outputs());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("output_type", "error");
        o.put("ename", t.getClass().getSimpleName());
        o.put("evalue", String.valueOf(t.getMessage()));
        o.put("traceback", List.copyOf(traceback));
        l.add(o);
        put("outputs", List.copyOf(l));
    }

    @Override
    public Output run(Runnable body) {
        Callbacks.captured(kernel() != null ? kernel() : WidgetKernel.current(), this, body);
        return this;
    }

    /** Where displays go while this area captures a callback. */
    WidgetKernel.Sink sink() {
        return new WidgetKernel.Sink() {
            @Override
            public void display(String displayId, Map<String, Object> bundle) {
                show(displayId, bundle);
            }

            @Override
            public void update(String displayId, Map<String, Object> bundle) {
                replace(displayId, bundle);
            }
        };
    }

    /** A stream that appends what is written as {@code name} text, sent in batches. */
    OutputStream writer(String name) {
        return new OutputStream() {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
            private long sent;

            @Override
            public synchronized void write(int b) {
                pending.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                pending.write(b, off, len);
            }

            @Override
            public synchronized void flush() {
                long now = System.nanoTime();
                if (now - sent < STREAM_EVERY_MS * 1_000_000L) return;
                sent = now;
                drain();
            }

            @Override
            public synchronized void close() {
                drain();
            }

            private void drain() {
                if (pending.size() == 0) return;
                String text = pending.toString(StandardCharsets.UTF_8);
                pending.reset();
                stream(name, text);
            }
        };
    }

    @Override
    public String toString() {
        List<Map<String, Object>> l = outputs();
        return "Output" + (l.isEmpty() ? " (empty)" : " of " + l.size() + (l.size() == 1 ? " output" : " outputs"));
    }
}
