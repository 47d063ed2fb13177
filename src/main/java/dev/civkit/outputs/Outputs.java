package dev.civkit.outputs;

import dev.civkit.client.Blob;
import dev.civkit.client.Step;
import dev.civkit.client.Workflow;
import dev.civkit.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Finds every blob in every step's output, whatever the step type calls it ({@code images[]},
 * {@code blob}, {@code image}, {@code video}, {@code audioBlob}, {@code blobs[]} …): the walk
 * looks at shapes, not at names, so a new step type's files are found too.
 */
public final class Outputs {
    private static final Set<String> BLOB_TYPES = Set.of("image", "video", "audio", "model", "archive", "file", "text");

    private Outputs() {}

    public static List<Output> find(Workflow workflow) {
        List<Output> found = new ArrayList<>();
        for (Step step : workflow.steps()) {
            if (step.output() != null) walk(step, step.output(), "output", found);
        }
        return found;
    }

    private static void walk(Step step, JsonNode node, String path, List<Output> found) {
        if (node.isObject()) {
            if (isBlob(node)) {
                found.add(new Output(step.name(), step.type(), path, Json.convert(node, Blob.class)));
                return;
            }
            node.properties().forEach(e -> walk(step, e.getValue(), path + "." + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(step, node.get(i), path + "[" + i + "]", found);
        }
    }

    static boolean isBlob(JsonNode n) {
        JsonNode id = n.get("id");
        if (id == null || !id.isString()) return false;
        if (id.asString().startsWith("blob_")) return true;
        JsonNode type = n.get("type");
        boolean typed = type != null && type.isString() && BLOB_TYPES.contains(type.asString());
        return typed && (n.has("url") || n.has("available"));
    }
}
