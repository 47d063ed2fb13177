package dev.civkit.session;

import dev.civkit.client.Cost;
import dev.civkit.client.Workflow;
import dev.civkit.display.StatusLine;
import dev.civkit.display.WorkflowCard;
import dev.civkit.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
            // The service keys a step's factors by its name ("gen.megapixels", "0.steps"): one line per step, named.
            Map<Integer, List<String>> byStep = new LinkedHashMap<>();
            List<String> whole = new ArrayList<>();
            sort(c.factors(), "", byStep, whole);
            sort(c.fixed(), "fixed ", byStep, whole);
            sort(c.fees(), "fee ", byStep, whole);
            StringBuilder sb = new StringBuilder("  base ").append(c.base() == null ? "?" : StatusLine.buzz(c.base()));
            if (!whole.isEmpty()) sb.append(", ").append(String.join(", ", whole));
            String tips = tips(c);
            if (!tips.isEmpty()) sb.append(", tips ").append(tips);
            lines.add(sb.toString());
            for (int i = 0; i < plan.steps().size(); i++)
                if (byStep.containsKey(i)) lines.add("  " + label(i) + ": " + String.join(", ", byStep.get(i)));
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

    /**
     * Each "step.what" entry of {@code m} onto its step's list (the longest step name that prefixes it,
     * as names may hold dots), the rest onto {@code whole}.
     */
    private void sort(Map<String, Double> m, String kind, Map<Integer, List<String>> byStep, List<String> whole) {
        if (m == null) return;
        m.forEach((key, value) -> {
            int at = -1;
            String name = null;
            for (int i = 0; i < plan.steps().size(); i++) {
                String n = plan.steps().get(i).name();
                if (n == null) n = String.valueOf(i);
                if (key.startsWith(n + ".") && (name == null || n.length() > name.length())) {
                    at = i;
                    name = n;
                }
            }
            String what = kind + (at < 0 ? key : key.substring(name.length() + 1)) + " " + StatusLine.buzz(value);
            if (at < 0) whole.add(what);
            else byStep.computeIfAbsent(at, k -> new ArrayList<>()).add(what);
        });
    }

    /** "gen (imageGen)" for a named step; "step 1 (imageGen)" for one the service named by its index. */
    private String label(int i) {
        String n = plan.steps().get(i).name();
        String type = plan.steps().get(i).type();
        return n == null || n.matches("\\$?\\d+") ? "step " + (i + 1) + " (" + type + ")" : n + " (" + type + ")";
    }

    private List<String> stepTypes() {
        List<String> types = new ArrayList<>();
        plan.steps().forEach(s -> types.add(s.type()));
        return types;
    }

}
