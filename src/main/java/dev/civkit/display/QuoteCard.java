package dev.civkit.display;

import dev.civkit.client.Cost;
import dev.civkit.client.Step;
import dev.civkit.client.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A whatif answer as a small table: per step and in total, and what each currency would pay. */
final class QuoteCard {
    private QuoteCard() {}

    static Map<String, Object> bundle(Workflow plan, double total, Map<String, Double> byCurrency, boolean insufficient, String plain) {
        StringBuilder h = new StringBuilder("<div style=\"").append(WorkflowCard.BOX).append("\">")
                .append("<div style=\"font-weight:600\">whatif: would cost ").append(Html.esc(StatusLine.buzz(total))).append(" Buzz</div>")
                .append("<table style=\"border-collapse:collapse;margin-top:6px;font-size:12px\">")
                .append("<tr style=\"color:#57606a;text-align:left\"><th style=\"padding:2px 12px 2px 0\">step</th><th style=\"padding:2px 12px 2px 0\">type</th><th style=\"padding:2px 0\">Buzz</th></tr>");
        for (Step s : plan.steps()) {
            h.append("<tr><td style=\"padding:2px 12px 2px 0\">").append(Html.esc(s.name())).append("</td><td style=\"padding:2px 12px 2px 0\">")
                    .append(Html.esc(s.type())).append("</td><td style=\"padding:2px 0;text-align:right\">").append(Html.esc(stepCost(s))).append("</td></tr>");
        }
        Cost c = plan.cost();
        if (c != null && c.base() != null) cell(h, "base", StatusLine.buzz(c.base()));
        byCurrency.forEach((k, v) -> cell(h, "paid from " + k, StatusLine.buzz(v)));
        h.append("<tr style=\"font-weight:600;border-top:1px solid #d0d7de\"><td colspan=\"2\" style=\"padding:2px 12px 2px 0\">total</td><td style=\"padding:2px 0;text-align:right\">")
                .append(Html.esc(StatusLine.buzz(total))).append("</td></tr></table>");
        if (insufficient)
            h.append(WorkflowCard.note("<b style=\"color:#cf222e\">insufficient Buzz:</b> it would be refused. Top up, or make it cheaper."));
        h.append("</div>");
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", plain);
        bundle.put("text/html", h.toString());
        return bundle;
    }

    private static void cell(StringBuilder h, String key, String value) {
        h.append("<tr style=\"color:#57606a\"><td colspan=\"2\" style=\"padding:2px 12px 2px 0\">").append(Html.esc(key))
                .append("</td><td style=\"padding:2px 0;text-align:right\">").append(Html.esc(value)).append("</td></tr>");
    }

    private static String stepCost(Step s) {
        Object cost = s.extra() == null ? null : s.extra().get("cost");
        if (cost instanceof Map<?, ?> m && m.get("total") instanceof Number n) return StatusLine.buzz(n.doubleValue());
        if (cost instanceof JsonNode n && n.path("total").isNumber()) return StatusLine.buzz(n.path("total").asDouble());
        return "";
    }
}
