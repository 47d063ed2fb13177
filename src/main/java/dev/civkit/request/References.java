package dev.civkit.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Validates {@code $ref}s: each names an existing earlier step (or $arguments), and none loops. */
public final class References {
    private References() {}

    public static void check(ArrayNode steps, boolean hasArguments) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode n = steps.get(i).get("name");
            names.add(n == null ? "$" + i : n.asString()); // the service names an unnamed step $N
        }
        List<Set<Integer>> edges = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Set<Integer> deps = new LinkedHashSet<>();
            collect(steps.get(i).get("input"), "steps[" + i + "].input", names, hasArguments, deps);
            for (int target : deps)
                if (target > i)
                    throw new InvalidRequestException("steps[" + i + "].input", "its $ref names step '" + names.get(target) + "' (steps["
                            + target + "]), which comes later: steps run in order, so a $ref (by name or $N) must name an earlier step");
            edges.add(deps);
        }
        for (int i = 0; i < steps.size(); i++) {
            if (reaches(edges, i, i, new boolean[steps.size()]))
                throw new InvalidRequestException("steps[" + i + "].input", "its $ref chain loops back to step '"
                        + names.get(i) + "': references must form a chain without cycles");
        }
    }

    private static void collect(JsonNode node, String at, List<String> names, boolean hasArguments, Set<Integer> deps) {
        if (node == null) return;
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                String target = ref.asString();
                if (target.equals("$arguments")) {
                    if (!hasArguments)
                        throw new InvalidRequestException(at, "refers to $arguments but the workflow sets none: add .argument(key, value)");
                } else {
                    int idx = names.indexOf(target);
                    if (idx < 0 && target.matches("\\$\\d+")) {
                        int n = Integer.parseInt(target.substring(1));
                        idx = n < names.size() ? n : -1;
                    }
                    if (idx < 0)
                        throw new InvalidRequestException(at, "$ref names step '" + target + "', which this workflow does not have; steps: " + names);
                    deps.add(idx);
                }
                return;
            }
            node.properties().forEach(e -> collect(e.getValue(), at + "." + e.getKey(), names, hasArguments, deps));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collect(node.get(i), at + "[" + i + "]", names, hasArguments, deps);
        }
    }

    private static boolean reaches(List<Set<Integer>> edges, int from, int target, boolean[] seen) {
        for (int next : edges.get(from)) {
            if (next == target) return true;
            if (!seen[next]) {
                seen[next] = true;
                if (reaches(edges, next, target, seen)) return true;
            }
        }
        return false;
    }
}
