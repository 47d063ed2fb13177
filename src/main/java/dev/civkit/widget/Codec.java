package dev.civkit.widget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model state to the wire and back: a child model becomes {@code "IPY_MODEL_<id>"}; bytes leave the
 * JSON as binary buffers named by their path (protocol 2: removed from an object, null in a list), so
 * an image travels as its own bytes, not as base64.
 */
final class Codec {
    static final String REF = "IPY_MODEL_";

    private Codec() {}

    /** {@code {method?, state, buffer_paths}} and the buffers. */
    static WidgetKernel.Encoded encode(String method, Map<String, Object> state) {
        List<Object> paths = new ArrayList<>();
        List<byte[]> buffers = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) walk(state, new ArrayList<>(), paths, buffers);
        Map<String, Object> data = new LinkedHashMap<>();
        if (method != null) data.put("method", method);
        data.put("state", json);
        data.put("buffer_paths", paths);
        return new WidgetKernel.Encoded(data, buffers);
    }

    /** {@code {method: update_states, states, buffer_paths}} and the buffers, for the control comm. */
    static WidgetKernel.Encoded encodeStates(Map<String, Object> states) {
        List<Object> paths = new ArrayList<>();
        List<byte[]> buffers = new ArrayList<>();
        Object json = walk(states, new ArrayList<>(), paths, buffers);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("method", "update_states");
        data.put("states", json);
        data.put("buffer_paths", paths);
        return new WidgetKernel.Encoded(data, buffers);
    }

    private static Object walk(Object v, List<Object> path, List<Object> paths, List<byte[]> buffers) {
        if (v instanceof Model m) return REF + m.id();
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (e.getValue() instanceof byte[] b) {
                    paths.add(with(path, k));
                    buffers.add(b);
                } else {
                    out.put(k, walk(e.getValue(), with(path, k), paths, buffers));
                }
            }
            return out;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof byte[] b) {
                    paths.add(with(path, i));
                    buffers.add(b);
                    out.add(null);
                } else {
                    out.add(walk(list.get(i), with(path, i), paths, buffers));
                }
            }
            return out;
        }
        return v;
    }

    private static List<Object> with(List<Object> path, Object step) {
        List<Object> p = new ArrayList<>(path);
        p.add(step);
        return p;
    }

    /** Puts {@code buffers} back into {@code state} at {@code paths} (a front end's update of an image, say). */
    @SuppressWarnings("unchecked")
    static void putBuffers(Map<String, Object> state, Object paths, List<byte[]> buffers) {
        if (!(paths instanceof List<?> all) || buffers == null) return;
        for (int i = 0; i < all.size() && i < buffers.size(); i++) {
            if (!(all.get(i) instanceof List<?> path) || path.isEmpty()) continue;
            Object at = state;
            for (int j = 0; j < path.size() - 1 && at != null; j++) at = step(at, path.get(j));
            Object last = path.get(path.size() - 1);
            if (at instanceof Map<?, ?> m) ((Map<String, Object>) m).put(String.valueOf(last), buffers.get(i));
            else if (at instanceof List<?> l && last instanceof Number n) ((List<Object>) l).set(n.intValue(), buffers.get(i));
        }
    }

    private static Object step(Object at, Object key) {
        if (at instanceof Map<?, ?> m) return m.get(String.valueOf(key));
        if (at instanceof List<?> l && key instanceof Number n && n.intValue() < l.size()) return l.get(n.intValue());
        return null;
    }
}
