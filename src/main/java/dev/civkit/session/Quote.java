package dev.civkit.session;

import dev.civkit.client.Cost;
import dev.civkit.client.Workflow;
import dev.civkit.display.StatusLine;
import dev.civkit.display.WorkflowCard;
import dev.civkit.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The priced plan of a workflow that has not run (SubmitWorkflow with whatif): the total, where
 * it comes from, what each Buzz currency would pay, and a warning when the account is short.
 */
public record Quote(Workflow plan) {
    /** Total Buzz including tips, or 0 when the server priced nothing. */
    public double total() {
        return plan.totalCost() == null ? 0 : plan.totalCost();
    }

    public boolean insufficientBuzz() {
        return plan.transactions() != null && Boolean.TRUE.equals(plan.transactions().insufficientBuzz());
    }

    public Map<String, Double> byCurrency() {
        return plan.transactions() == null ? Map.of() : plan.transactions().byCurrency();
    }

    /** The priced plan as the service answered it: the complete Workflow JSON, compact; prints nothing. */
    public String json() {
        return Json.write(plan.toJsonNode());
    }

    /** The notebook rendering: a small cost table with this text as its plain twin. */
    public Map<String, Object> toMimeBundle() {
        return WorkflowCard.quote(plan, total(), byCurrency(), insufficientBuzz(), toString());
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        int n = plan.steps().size();
        lines.add("whatif: " + n + " step" + (n == 1 ? "" : "s") + " (" + String.join(" > ", stepTypes()) + ") would cost "
                + StatusLine.buzz(total()) + " Buzz");
        Cost c = plan.cost();
        if (c != null) {
            StringBuilder sb = new StringBuilder("  base ").append(c.base() == null ? "?" : StatusLine.buzz(c.base()));
            if (c.factors() != null && !c.factors().isEmpty()) sb.append(", factors ").append(c.factors());
            if (c.fixed() != null && !c.fixed().isEmpty()) sb.append(", fixed ").append(c.fixed());
            if (c.fees() != null && !c.fees().isEmpty()) sb.append(", fees ").append(c.fees());
            String tips = tips(c);
            if (!tips.isEmpty()) sb.append(", tips ").append(tips);
            lines.add(sb.toString());
        }
        Map<String, Double> cur = byCurrency();
        if (!cur.isEmpty()) {
            List<String> parts = new ArrayList<>();
            cur.forEach((k, v) -> parts.add(k + " " + StatusLine.buzz(v)));
            lines.add("  paid from: " + String.join(", ", parts));
        }
        if (insufficientBuzz())
            lines.add("  WARNING: insufficient Buzz for this workflow: it would be refused. Top up, or make it cheaper (smaller, fewer images).");
        return String.join("\n", lines);
    }

    private static String tips(Cost c) {
        List<String> parts = new ArrayList<>();
        if (c.tips() != null && c.tips().isObject())
            c.tips().properties().forEach(e -> {
                if (e.getValue().isNumber() && e.getValue().asDouble() != 0)
                    parts.add(e.getKey() + " " + StatusLine.buzz(e.getValue().asDouble()));
            });
        return String.join(", ", parts);
    }

    private List<String> stepTypes() {
        List<String> types = new ArrayList<>();
        plan.steps().forEach(s -> types.add(s.type()));
        return types;
    }

}
