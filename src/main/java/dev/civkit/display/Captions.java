package dev.civkit.display;

import dev.civkit.client.Step;
import dev.civkit.client.Workflow;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a person wants under a picture: the prompt, seed and engine its step was asked for, and the
 * settings people vary most (cfgScale, steps), so side-by-side pictures say how they differ.
 */
public record Captions(String prompt, String seed, String engine, String cfgScale, String steps) {

    public static Captions of(Workflow w, JsonNode request, String stepName) {
        JsonNode input = input(w, request, stepName);
        if (input == null) return new Captions(null, null, null, null, null);
        return new Captions(text(input, "prompt"), text(input, "seed"), engine(input), text(input, "cfgScale"), text(input, "steps"));
    }

    /** "flux | seed 42 | cfg 7 | A cat astronaut..." with whatever is known. */
    public String line(int maxPrompt) {
        List<String> parts = new ArrayList<>();
        if (engine != null) parts.add(engine);
        if (seed != null) parts.add("seed " + seed);
        if (cfgScale != null) parts.add("cfg " + cfgScale);
        if (steps != null) parts.add(steps + " steps");
        if (prompt != null) parts.add(prompt.length() > maxPrompt ? prompt.substring(0, maxPrompt - 3) + "..." : prompt);
        return String.join(" | ", parts);
    }

    private static String engine(JsonNode input) {
        String e = text(input, "engine");
        String eco = text(input, "ecosystem");
        if (e == null) e = text(input, "model");
        return e != null && eco != null ? e + "/" + eco : e;
    }

    private static String text(JsonNode input, String field) {
        JsonNode v = input.get(field);
        return v == null || v.isNull() || v.isContainer() ? null : v.asString();
    }

    /** The server's echo of the step input first; the submitted request when the server omits it. */
    private static JsonNode input(Workflow w, JsonNode request, String stepName) {
        List<Step> steps = w.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (stepName != null && !stepName.equals(s.name())) continue;
            if (s.input() != null && s.input().isObject() && s.input().size() > 0) return s.input();
            if (request != null && request.path("steps").size() > i) return request.path("steps").get(i).path("input");
        }
        return null;
    }
}
