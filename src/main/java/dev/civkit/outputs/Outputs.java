package dev.civkit.outputs;

import dev.civkit.client.Blob;
import dev.civkit.client.Step;
import dev.civkit.client.Workflow;
import dev.civkit.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Finds every blob in every step's output, whatever the step type calls it ({@code images[]},
 * {@code blob}, {@code image}, {@code video}, {@code audioBlob}, {@code blobs[]} …): the walk
 * looks at shapes, not at names, ids or {@code type} fields, because the live service sends image
 * entries without a {@code type} and with ids of any form, and new step types keep arriving.
 */
final class Outputs {
    private Outputs() {}

    /** Each blob once, in the order the steps list them (a blob named twice is one file). */
    static List<Output> find(Workflow workflow) {
        List<Output> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Step step : workflow.steps()) {
            if (step.output() != null) walk(step, step.output(), "output", found, seen);
        }
        return found;
    }

    private static void walk(Step step, JsonNode node, String path, List<Output> found, Set<String> seen) {
        if (node.isObject()) {
            if (isBlob(node)) {
                if (seen.add(node.get("id").asString())) found.add(new Output(step.name(), step.type(), path, Json.convert(node, Blob.class)));
                return;
            }
            node.properties().forEach(e -> walk(step, e.getValue(), path + "." + e.getKey(), found, seen));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(step, node.get(i), path + "[" + i + "]", found, seen);
        }
    }

    /** A blob is an object with a string id and either a URL or an availability flag. */
    static boolean isBlob(JsonNode n) {
        JsonNode id = n.get("id");
        if (id == null || !id.isString() || id.asString().isBlank()) return false;
        JsonNode url = n.get("url");
        JsonNode available = n.get("available");
        return (url != null && url.isString()) || (available != null && available.isBoolean());
    }
}
