package dev.civkit.sandbox;

import dev.civkit.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reshapes a rendered workflow (or step) the way the live service writes it: seven-digit fractions
 * and {@code +00:00} on some timestamps, failure reasons in one of the three places it was seen to
 * put them (output.errors, the job, nowhere), and a failed workflow refunded: cost 0, a debit and a
 * matching credit. The choice among the three is fixed per workflow and step (so every read agrees)
 * and turns with each new workflow (so a few failures show all three).
 */
final class LiveShape {
    private static final DateTimeFormatter SEVEN_DIGITS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS").withZone(ZoneOffset.UTC);

    private LiveShape() {}

    static void workflow(ObjectNode w) {
        String id = w.path("id").asString("");
        for (JsonNode step : w.path("steps")) if (step instanceof ObjectNode s) reasons(s, id);
        if ("failed".equals(w.path("status").asString(""))) refund(w);
        times(w);
    }

    static void step(ObjectNode s, String workflowId) {
        reasons(s, workflowId);
        times(s);
    }

    /** The service's own wording for a failed step, written where this workflow's variant puts it. */
    private static void reasons(ObjectNode step, String workflowId) {
        if (!"failed".equals(step.path("status").asString(""))) return;
        int variant = Math.floorMod(sequence(workflowId) + step.path("name").asString("").hashCode(), 3);
        ArrayNode errors = Json.array();
        for (JsonNode job : step.path("jobs")) {
            if (!(job instanceof ObjectNode j)) continue;
            for (String field : new String[] {"blockedReason", "reason"}) {
                JsonNode r = j.get(field);
                if (r != null && r.isString() && !r.asString().isBlank()) errors.add(r.asString());
                if (variant != 1) j.remove(field);
            }
        }
        if (variant == 0 && !errors.isEmpty()) {
            ObjectNode out = step.get("output") instanceof ObjectNode o ? o : step.putObject("output");
            out.set("errors", errors);
        }
    }

    /** Live ids start with a sequence number: consecutive failures show each placement in turn. */
    private static long sequence(String workflowId) {
        int dash = workflowId.indexOf('-');
        try {
            return dash > 0 ? Long.parseLong(workflowId.substring(0, dash)) : workflowId.hashCode();
        } catch (NumberFormatException e) {
            return workflowId.hashCode();
        }
    }

    private static void refund(ObjectNode w) {
        JsonNode cost = w.get("cost");
        long charged = cost == null ? 0 : cost.path("total").asLong(0);
        if (cost instanceof ObjectNode c) c.put("total", 0);
        if (!(w.get("transactions") instanceof ObjectNode t) || charged <= 0) return;
        ArrayNode list = t.putArray("list");
        ObjectNode debit = list.addObject();
        debit.put("type", "debit");
        debit.put("amount", charged);
        debit.put("accountType", "yellow");
        debit.put("id", UUID.randomUUID().toString());
        ObjectNode credit = list.addObject();
        credit.put("type", "credit");
        credit.put("amount", charged);
        credit.put("accountType", "yellow");
        credit.put("id", UUID.randomUUID().toString());
    }

    /** Every {@code …At} field that holds an instant, rewritten; start and end times carry an offset. */
    private static void times(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (var e : o.properties()) {
                JsonNode v = e.getValue();
                if (e.getKey().endsWith("At") && v.isString()) {
                    String shaped = time(v.asString(), e.getKey().equals("startedAt") || e.getKey().equals("completedAt"));
                    if (shaped != null) e.setValue(Json.tree(shaped));
                } else {
                    times(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode child : a) times(child);
        }
    }

    static String time(String iso, boolean offset) {
        try {
            return SEVEN_DIGITS.format(Instant.parse(iso)) + (offset ? "+00:00" : "Z");
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
