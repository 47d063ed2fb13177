package dev.civkit.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a WorkflowTemplate the way the orchestrator's model binding does, collecting every problem
 * keyed by its field path so a client can show them all at once. It is deliberately lenient about
 * inputs it does not understand: new step types and engine options appear often upstream.
 */
final class Validation {
    /** The complete list of step types in the official client (plus the older textToImage). */
    static final Set<String> STEP_TYPES = Set.of(
            "aceStepAudio", "ageClassification", "audioCaptioning", "blobArchive", "chatCompletion", "comfy",
            "comfyNodepackSnapshot", "composeMedia", "convertImage", "customComfy", "echo",
            "imageBackgroundRemoval", "imageGen", "imageResourceTraining", "imageToSvg", "imageUpload",
            "imageUpscaler", "mediaCaptioning", "mediaHash", "mediaRating", "model3DPreview", "modelClamScan",
            "modelHash", "modelParseMetadata", "modelPickleScan", "polyGen", "preprocessImage",
            "promptEnhancement", "qwenImageBench", "repeat", "shieldstralModeration", "textToImage",
            "textToSpeech", "training", "transcode", "transcription", "tryOnU", "videoBackgroundRemoval",
            "videoEnhancement", "videoFrameExtraction", "videoGen", "videoInterpolation", "videoMetadata",
            "videoUpscaler", "wdTagging", "xGuardModeration");

    static final int MAX_TAGS = 10;
    static final int MAX_TAG_LENGTH = 200;
    static final int MAX_DIMENSION = 4096;
    static final int MAX_QUANTITY = 10;
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Set<String> PRIORITIES = Set.of("low", "normal", "high");

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private Validation() {}

    /** @throws ApiProblem 400 with every problem found */
    static void workflowTemplate(JsonNode body) {
        Validation v = new Validation();
        v.checkTemplate(body);
        if (!v.errors.isEmpty()) throw ApiProblem.validation(v.errors);
    }

    /** @throws ApiProblem 400 for a bad tag list (shared by submit and UpdateWorkflow) */
    static void tags(JsonNode tags) {
        Validation v = new Validation();
        v.checkTags(tags);
        if (!v.errors.isEmpty()) throw ApiProblem.validation(v.errors);
    }

    private void add(String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }

    private void checkTemplate(JsonNode body) {
        if (body == null || !body.isObject()) {
            add("$", "The request body must be a JSON object.");
            return;
        }
        checkTags(body.get("tags"));
        JsonNode ext = body.get("externalId");
        if (ext != null && !ext.isNull() && !(ext.isString() && EXTERNAL_ID.matcher(ext.asString()).matches()))
            add("externalId", "The externalId must be 1 to 128 characters of A-Z, a-z, 0-9, '_' or '-'.");
        for (String objectField : List.of("metadata", "arguments")) {
            JsonNode n = body.get(objectField);
            if (n != null && !n.isNull() && !n.isObject()) add(objectField, "The " + objectField + " field must be an object.");
        }
        JsonNode callbacks = body.get("callbacks");
        if (callbacks != null && !callbacks.isNull()) {
            if (!callbacks.isArray()) add("callbacks", "The callbacks field must be an array.");
            else for (int i = 0; i < callbacks.size(); i++) {
                JsonNode url = callbacks.get(i).get("url");
                if (url == null || !url.isString() || url.asString().isBlank())
                    add("callbacks[" + i + "].url", "The url field is required.");
            }
        }
        JsonNode steps = body.get("steps");
        if (steps == null || steps.isNull()) {
            add("steps", "The steps field is required.");
            return;
        }
        if (!steps.isArray() || steps.isEmpty()) {
            add("steps", "At least one step is required.");
            return;
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode nameNode = steps.get(i).get("name");
            String name = nameNode != null && nameNode.isString() ? nameNode.asString() : String.valueOf(i);
            names.add(name);
            if (!seen.add(name)) add("steps[" + i + "].name", "Step names must be unique; '" + name + "' is repeated.");
        }
        for (int i = 0; i < steps.size(); i++) checkStep(steps.get(i), i, names);
    }

    private void checkTags(JsonNode tags) {
        if (tags == null || tags.isNull()) return;
        if (!tags.isArray()) {
            add("tags", "The tags field must be an array of strings.");
            return;
        }
        if (tags.size() > MAX_TAGS) add("tags", "At most " + MAX_TAGS + " tags are allowed.");
        for (int i = 0; i < tags.size(); i++) {
            JsonNode t = tags.get(i);
            if (!t.isString() || t.asString().isBlank()) add("tags[" + i + "]", "A tag must be a non-empty string.");
            else if (t.asString().length() > MAX_TAG_LENGTH)
                add("tags[" + i + "]", "A tag must be at most " + MAX_TAG_LENGTH + " characters.");
        }
    }

    private void checkStep(JsonNode step, int i, List<String> names) {
        String at = "steps[" + i + "]";
        if (!step.isObject()) {
            add(at, "A step must be a JSON object.");
            return;
        }
        JsonNode typeNode = step.get("$type");
        String type = typeNode != null && typeNode.isString() ? typeNode.asString() : "";
        if (type.isBlank()) add(at + ".$type", "The $type field is required.");
        else if (!STEP_TYPES.contains(type)) add(at + ".$type", "Unknown step type '" + type + "'.");
        JsonNode name = step.get("name");
        if (name != null && !name.isNull() && !(name.isString() && !name.asString().isBlank()))
            add(at + ".name", "The name must be a non-empty string.");
        JsonNode priority = step.get("priority");
        if (priority != null && !priority.isNull() && !(priority.isString() && PRIORITIES.contains(priority.asString())))
            add(at + ".priority", "The priority must be one of low, normal, high.");
        JsonNode input = step.get("input");
        if (input == null || !input.isObject()) {
            add(at + ".input", "The input field is required and must be an object.");
            if ("imageGen".equals(type)) add(at + ".input.engine", "The engine field is required.");
            return;
        }
        String in = at + ".input";
        if ("imageGen".equals(type)) {
            JsonNode engine = input.get("engine");
            if (engine == null || !engine.isString() || engine.asString().isBlank()) add(in + ".engine", "The engine field is required.");
        }
        for (String dim : List.of("width", "height")) {
            JsonNode d = input.get(dim);
            if (d == null || d.isNull() || isRef(d)) continue;
            if (!d.isIntegralNumber() || d.asLong() <= 0 || d.asLong() > MAX_DIMENSION)
                add(in + "." + dim, "The " + dim + " must be a positive integer no greater than " + MAX_DIMENSION + ".");
        }
        JsonNode quantity = input.get("quantity");
        if (quantity != null && !quantity.isNull() && !isRef(quantity)
                && (!quantity.isIntegralNumber() || quantity.asLong() < 1 || quantity.asLong() > MAX_QUANTITY))
            add(in + ".quantity", "The quantity must be an integer from 1 to " + MAX_QUANTITY + ".");
        JsonNode prompt = input.get("prompt");
        if (prompt != null && prompt.isString() && prompt.asString().isBlank()) add(in + ".prompt", "The prompt must not be blank.");
        checkRefs(input, in, i, names);
    }

    /** A reference may point only at an earlier step: steps run in order, so a later one would never resolve. */
    private void checkRefs(JsonNode node, String path, int stepIndex, List<String> names) {
        if (isRef(node)) {
            String ref = node.get("$ref").asString();
            int target = refTarget(ref, names);
            if (ref.equals("$arguments")) return;
            if (target < 0) add(path, "The $ref '" + ref + "' does not name a step of this workflow.");
            else if (target >= stepIndex) add(path, "The $ref '" + ref + "' must name an earlier step.");
            return;
        }
        if (node.isObject()) {
            for (var e : node.properties()) checkRefs(e.getValue(), path + "." + e.getKey(), stepIndex, names);
        } else if (node.isArray()) {
            for (int k = 0; k < node.size(); k++) checkRefs(node.get(k), path + "[" + k + "]", stepIndex, names);
        }
    }

    static boolean isRef(JsonNode n) {
        return n != null && n.isObject() && n.has("$ref") && n.get("$ref").isString();
    }

    /** Index of the step a reference names ("$0", "$1" or a step name), or -1. */
    static int refTarget(String ref, List<String> names) {
        int byName = names.indexOf(ref);
        if (byName >= 0) return byName;
        if (ref.length() > 1 && ref.charAt(0) == '$' && ref.substring(1).chars().allMatch(Character::isDigit)) {
            try {
                int idx = Integer.parseInt(ref.substring(1));
                return idx < names.size() ? idx : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
