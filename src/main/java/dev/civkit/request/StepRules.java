package dev.civkit.request;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules every step has whatever its type: a unique name, a timeout the service can honour,
 * and the ranges the orchestrator applies to any input's width, height and quantity.
 */
public final class StepRules {
    /** The service's TimeSpan text: [d.]hh:mm:ss[.fraction]. */
    private static final Pattern TIMESPAN = Pattern.compile("(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,7}))?");

    private StepRules() {}

    static void check(String at, ObjectNode step) {
        JsonNode timeout = step.get("timeout");
        if (timeout != null && !timeout.isNull()) timeout(at + ".timeout", timeout);
        JsonNode input = step.get("input");
        if (input == null || !input.isObject()) return;
        for (String dim : new String[] {"width", "height"}) range(at + ".input." + dim, input.get(dim), 1, Limits.MAX_SIDE);
        range(at + ".input.quantity", input.get("quantity"), 1, Limits.MAX_QUANTITY);
    }

    private static void range(String at, JsonNode v, long min, long max) {
        if (v == null || v.isNull() || v.isObject()) return; // absent, or a $ref the server resolves
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max)
            throw new InvalidRequestException(at, "must be a whole number from " + min + " to " + max + ", got " + v);
    }

    /** A step timeout as TimeSpan text, at least {@link Limits#MIN_STEP_TIMEOUT}. */
    static void timeout(String at, JsonNode v) {
        Matcher m = v.isString() ? TIMESPAN.matcher(v.asString().strip()) : null;
        if (m == null || !m.matches())
            throw new InvalidRequestException(at, "must be a duration as text hh:mm:ss (e.g. \"00:10:00\"), got " + v);
        Duration d = Duration.ofDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                .plusHours(Long.parseLong(m.group(2))).plusMinutes(Long.parseLong(m.group(3))).plusSeconds(Long.parseLong(m.group(4)));
        if (d.compareTo(Limits.MIN_STEP_TIMEOUT) < 0)
            throw new InvalidRequestException(at, "a step timeout must be at least 1 second, got " + v);
    }

    /** A step timeout from the DSL, as the TimeSpan text the service reads. */
    public static String timeout(String at, Duration d) {
        Require.nonNull(d, at, "a Duration such as Duration.ofMinutes(10)");
        if (d.compareTo(Limits.MIN_STEP_TIMEOUT) < 0)
            throw new InvalidRequestException(at, "a step timeout must be at least 1 second, got " + d);
        long s = d.toSeconds();
        return s >= 86_400
                ? String.format("%d.%02d:%02d:%02d", s / 86_400, (s % 86_400) / 3600, (s % 3600) / 60, s % 60)
                : String.format("%02d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
    }

    static void uniqueNames(ArrayNode steps) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode n = steps.get(i).get("name");
            if (n == null || n.isNull()) continue;
            if (!n.isString() || n.asString().isBlank())
                throw new InvalidRequestException("steps[" + i + "].name", "a step name is non-blank text, got " + n);
            Integer first = seen.putIfAbsent(n.asString(), i);
            if (first != null)
                throw new InvalidRequestException("steps[" + i + "].name", "step names must be unique: " + Text.quote(n.asString())
                        + " is already the name of steps[" + first + "]");
        }
    }
}
