package dev.civkit.request;

import dev.civkit.json.Json;
import java.io.File;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values a request may carry, for {@code metadata}, {@code arguments}, {@code set(field, value)}
 * and raw inputs: JSON-shaped values only.
 *
 * <ul>
 *   <li>text (any CharSequence) that is valid Unicode: an unpaired surrogate cannot be sent as UTF-8;
 *   <li>numbers that JSON can carry: finite, integers within 64 bits (int, long, short, byte,
 *       BigInteger, AtomicInteger/Long), decimals within double range (double, float, BigDecimal);
 *   <li>booleans, null, enum constants (sent as their name);
 *   <li>maps with String keys, lists and other Collections, arrays;
 *   <li>Jackson nodes, checked by the same rules;
 *   <li>records, sent as an object of their components (the one kind of Java object accepted:
 *       its fields are the ones you declared).
 * </ul>
 *
 * Anything else (a Thread, a File, a bean) is refused naming the field and the class, instead of
 * being serialised field by field. A structure that contains itself, or nests deeper than
 * {@link Limits#MAX_DEPTH}, is refused with the path where that happens.
 */
public final class JsonValues {
    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

    private JsonValues() {}

    public static JsonNode of(String field, Object value) {
        return of(field, value, v -> null);
    }

    /** As {@link #of(String, Object)}; {@code special} converts the caller's own value types (or answers null). */
    public static JsonNode of(String field, Object value, Function<Object, JsonNode> special) {
        return new Walk(special).value(field, value, 0);
    }

    /**
     * Checks a JSON tree before it is sent: numbers, text, keys, depth, and that it does not contain
     * itself (Jackson nodes can be made to). {@code field} is the tree's path; empty for a whole
     * request body, whose problems are then named like {@code steps[0].input.cfgScale}.
     */
    public static void check(String field, JsonNode node) {
        checkNode(field, node, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Paths read like the API's: {@code steps[0].input.width}; the empty path is the body itself. */
    private static String child(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private static String root(String at) {
        return at.isEmpty() ? "$" : at;
    }

    private static void checkNode(String path, JsonNode n, int depth, Set<JsonNode> open) {
        if (n == null || n.isNull() || n.isBoolean()) return;
        String at = path;
        if (depth > Limits.MAX_DEPTH) throw tooDeep(root(at));
        if (n.isString()) {
            Text.requireEncodable(root(at), n.asString());
        } else if (n.isNumber()) {
            checkNumber(root(at), n);
        } else if (n.isContainer()) {
            if (!open.add(n)) throw cycle(root(at));
            if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    Text.requireEncodable(root(at) + " (key " + Text.quote(e.getKey()) + ")", e.getKey());
                    checkNode(child(at, e.getKey()), e.getValue(), depth + 1, open);
                }
            } else {
                for (int i = 0; i < n.size(); i++) checkNode(root(at) + "[" + i + "]", n.get(i), depth + 1, open);
            }
            open.remove(n);
        } else if (n.isPojo() || n.isBinary()) {
            throw new InvalidRequestException(root(at), "must be plain JSON, got a " + n.getNodeType() + " node");
        }
    }

    private static void checkNumber(String at, JsonNode n) {
        if (n.isDouble() || n.isFloat()) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) throw notFinite(at, d);
        } else if (n.isBigInteger()) {
            BigInteger b = n.bigIntegerValue();
            if (b.bitLength() > 63) throw tooBig(at, b.toString());
        } else if (n.isBigDecimal()) {
            BigDecimal b = n.decimalValue();
            if (b.abs().compareTo(DOUBLE_MAX) > 0) throw tooBig(at, b.toString());
        }
    }

    static InvalidRequestException notFinite(String at, double d) {
        return new InvalidRequestException(at, "numbers must be finite (JSON has no NaN or Infinity), got " + d);
    }

    static InvalidRequestException tooBig(String at, String shown) {
        String s = shown.length() > 40 ? shown.substring(0, 37) + "…" : shown;
        return new InvalidRequestException(at, "number out of range: whole numbers must fit in 64 bits and decimals in a double, got " + s);
    }

    private static InvalidRequestException tooDeep(String at) {
        return new InvalidRequestException(at, "nests deeper than " + Limits.MAX_DEPTH + " levels of lists and maps; flatten the value");
    }

    private static InvalidRequestException cycle(String at) {
        return new InvalidRequestException(at, "contains itself (a cycle): a JSON value must be a tree");
    }

    /** One conversion: remembers the containers on the current path to spot cycles. */
    private static final class Walk {
        private final Function<Object, JsonNode> special;
        private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

        Walk(Function<Object, JsonNode> special) {
            this.special = special;
        }

        JsonNode value(String at, Object v, int depth) {
            if (v == null) return NODES.nullNode();
            if (depth > Limits.MAX_DEPTH) throw tooDeep(at);
            JsonNode own = special.apply(v);
            if (own != null) return own;
            if (v instanceof JsonNode n) {
                check(at, n);
                return n.deepCopy();
            }
            if (v instanceof CharSequence cs) {
                Text.requireEncodable(at, cs);
                return NODES.stringNode(cs.toString());
            }
            if (v instanceof Character c) return value(at, String.valueOf(c), depth);
            if (v instanceof Boolean b) return NODES.booleanNode(b);
            if (v instanceof Number num) return number(at, num);
            if (v instanceof Enum<?> e) return NODES.stringNode(e.toString());
            if (v instanceof Optional<?> o) return value(at, o.orElse(null), depth);
            if (v instanceof Map<?, ?> m) return enter(at, v, () -> map(at, m, depth));
            // Collections only: other Iterables (a Path iterates over its own names) are not lists.
            if (v instanceof Collection<?> it) return enter(at, v, () -> list(at, it, depth));
            if (v.getClass().isArray()) {
                Class<?> ct = v.getClass().getComponentType();
                if (ct == byte.class || ct == char.class)
                    throw new InvalidRequestException(at, "takes JSON values; a " + ct + "[] is ambiguous: pass a String (text) or a List of numbers");
                return enter(at, v, () -> array(at, v, depth));
            }
            if (v instanceof Record r) return enter(at, v, () -> record(at, r, depth));
            throw new InvalidRequestException(at, "takes JSON values only (text, a number, a boolean, null, a Map with String keys, "
                    + "a List, an array, a record or a JsonNode); got " + kind(v.getClass()));
        }

        /** A lambda's class name is noise; the interface it implements says what was passed. */
        private static String kind(Class<?> c) {
            if (c.isSynthetic() || c.isHidden() || c.isAnonymousClass()) {
                Class<?>[] in = c.getInterfaces();
                String what = in.length > 0 ? in[0].getName() : c.getSuperclass().getName();
                return "a lambda or anonymous " + what;
            }
            if (Path.class.isAssignableFrom(c) || c == File.class)
                return "a " + (c == File.class ? c.getName() : "java.nio.file.Path") + " (to send its name, pass path.toString())";
            return "a " + c.getName();
        }

        private JsonNode enter(String at, Object container, Supplier<JsonNode> body) {
            if (!open.add(container)) throw cycle(at);
            try {
                return body.get();
            } finally {
                open.remove(container);
            }
        }

        private JsonNode number(String at, Number n) {
            if (n instanceof Integer || n instanceof Short || n instanceof Byte) return NODES.numberNode(n.intValue());
            if (n instanceof Long || n instanceof AtomicInteger || n instanceof AtomicLong) return NODES.numberNode(n.longValue());
            if (n instanceof Double || n instanceof Float) {
                double d = n.doubleValue();
                if (!Double.isFinite(d)) throw notFinite(at, d);
                return n instanceof Float f ? NODES.numberNode(f) : NODES.numberNode(d);
            }
            if (n instanceof BigInteger b) {
                if (b.bitLength() > 63) throw tooBig(at, b.toString());
                return NODES.numberNode(b.longValue());
            }
            if (n instanceof BigDecimal b) {
                if (b.abs().compareTo(DOUBLE_MAX) > 0) throw tooBig(at, b.toString());
                return NODES.numberNode(b);
            }
            throw new InvalidRequestException(at, "takes a number JSON can carry (int, long, double, BigInteger, BigDecimal …); got a "
                    + n.getClass().getName());
        }

        private JsonNode map(String at, Map<?, ?> m, int depth) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k))
                    throw new InvalidRequestException(at, "map keys must be text (JSON object keys), got "
                            + (e.getKey() == null ? "a null key" : "a key of type " + e.getKey().getClass().getName()));
                Text.requireEncodable(at + " (key " + Text.quote(k) + ")", k);
                o.set(k, value(at + "." + k, e.getValue(), depth + 1));
            }
            return o;
        }

        private JsonNode list(String at, Iterable<?> it, int depth) {
            ArrayNode a = NODES.arrayNode();
            int i = 0;
            for (Object x : it) a.add(value(at + "[" + i++ + "]", x, depth + 1));
            return a;
        }

        private JsonNode array(String at, Object arr, int depth) {
            ArrayNode a = NODES.arrayNode();
            for (int i = 0, n = Array.getLength(arr); i < n; i++) a.add(value(at + "[" + i + "]", Array.get(arr, i), depth + 1));
            return a;
        }

        private JsonNode record(String at, Record r, int depth) {
            ObjectNode o = NODES.objectNode();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object x;
                try {
                    c.getAccessor().setAccessible(true);
                    x = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new InvalidRequestException(at + "." + c.getName(), "could not be read from the record "
                            + r.getClass().getSimpleName() + ": " + e);
                }
                o.set(c.getName(), value(at + "." + c.getName(), x, depth + 1));
            }
            return o;
        }
    }
}
