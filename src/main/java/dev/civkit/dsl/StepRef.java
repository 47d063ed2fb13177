package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value taken from another step's result once it has run: {@code {"$ref": step, "path": …}}.
 * The server resolves it; the referencing step waits for its source.
 */
public record StepRef(String step, String path) {
    public StepRef {
        if (step == null || step.isBlank()) throw new InvalidRequestException("$ref", "must name a step");
        if (path == null || path.isBlank()) throw new InvalidRequestException("$ref.path", "must not be blank");
    }

    /** The first image URL of the named step, the usual thing to feed an upscaler or an edit. */
    public static StepRef firstImage(String step) {
        return new StepRef(step, "output.images[0].url");
    }

    /** A workflow argument by key: {@code {"$ref": "$arguments", "path": key}}. */
    public static StepRef argument(String key) {
        return new StepRef("$arguments", key);
    }

    public static StepRef of(String step, String path) {
        return new StepRef(step, path);
    }

    ObjectNode toNode() {
        ObjectNode n = Json.object();
        n.put("$ref", step);
        n.put("path", path);
        return n;
    }
}
