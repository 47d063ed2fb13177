package dev.civkit.display;

import dev.civkit.client.Job;
import dev.civkit.client.Step;
import dev.civkit.client.Transactions;
import dev.civkit.client.Workflow;
import dev.civkit.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Why a workflow failed, from wherever the service put it: a step's {@code output.errors[]}, a
 * job's {@code reason} and {@code blockedReason}, or problems on the workflow itself — and what
 * a person can do about each documented reason. The live service sometimes gives no reason at
 * all; that is said too, never left blank.
 */
final class Reasons {
    static final String NONE_GIVEN = "no reason given by the service";

    private Reasons() {}

    static String advice(String reason) {
        if (reason == null) return "see the workflow's json() for details";
        return switch (reason) {
            case "no_provider_available" -> "no worker can run this right now: try again later or another engine/model";
            case "blocked" -> "the content was blocked by moderation: change the prompt or inputs";
            case "timeout" -> "the job took too long: retry, or ask for fewer or smaller outputs";
            case "expired" -> "it waited too long in the queue: submit again";
            case "canceled" -> "it was canceled";
            default -> "see the workflow's json() for details";
        };
    }

    /** Every reason the workflow carries, each once, step by step (empty when it carries none). */
    static List<String> of(Workflow w) {
        Set<String> found = new LinkedHashSet<>();
        for (String key : List.of("errors", "error", "problems", "problem", "reason", "failureReason"))
            texts(Json.tree(w.extra()).get(key), found, "");
        for (Step s : w.steps()) {
            String who = "step " + (s.name() == null ? s.type() : s.name()) + ": ";
            if (s.output() != null) texts(s.output().get("errors"), found, who);
            for (String key : List.of("errors", "reason", "blockedReason")) texts(Json.tree(s.extra()).get(key), found, who);
            if (s.jobs() == null) continue;
            for (Job j : s.jobs()) {
                if (j.reason() != null) {
                    String advice = advice(j.reason());
                    found.add(who + j.reason() + (j.blockedReason() == null ? "" : " (" + j.blockedReason() + ")")
                            + (advice.startsWith("see ") ? "" : " - " + advice));
                } else if (j.blockedReason() != null) {
                    found.add(who + "blocked (" + j.blockedReason() + ")");
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static void texts(JsonNode n, Set<String> into, String prefix) {
        if (n == null || n.isNull()) return;
        if (n.isArray()) {
            for (JsonNode e : n) texts(e, into, prefix);
        } else if (n.isString()) {
            if (!n.asString().isBlank()) into.add(prefix + n.asString().strip());
        } else if (n.isObject()) {
            for (String key : List.of("message", "detail", "title", "reason", "error"))
                if (n.path(key).isString() && !n.path(key).asString().isBlank()) {
                    into.add(prefix + n.path(key).asString().strip());
                    return;
                }
            into.add(prefix + Json.write(n));
        }
    }

    /**
     * Whether the Buzz came back: the service says so ({@code forceRefunded}), or every debit is
     * matched by credits (live failed workflows show cost 0 with a debit and an equal credit).
     */
    static boolean refunded(Workflow w) {
        Object force = w.extra().get("forceRefunded");
        if (Boolean.TRUE.equals(force)) return true;
        Transactions t = w.transactions();
        if (t == null || t.list().isEmpty()) return false;
        boolean credit = false;
        boolean debit = false;
        for (Transactions.Transaction x : t.list()) {
            credit |= "credit".equals(x.type());
            debit |= "debit".equals(x.type());
        }
        if (!credit || !debit) return false;
        for (Map.Entry<String, Double> e : t.byCurrency().entrySet()) if (Math.abs(e.getValue()) > 1e-9) return false;
        return true;
    }

    /** One sentence: the reasons joined, or that none was given; with the refund when there was one. */
    static String summary(Workflow w) {
        List<String> all = of(w);
        String why = all.isEmpty() ? NONE_GIVEN : String.join("; ", all);
        return why + (refunded(w) ? " | refunded: the Buzz it cost was given back" : "");
    }
}
