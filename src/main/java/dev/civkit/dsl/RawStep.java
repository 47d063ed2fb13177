package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A step taken verbatim from pasted JSON. It keeps every field, known or not, because the point
 * of the raw path is that a body from the docs goes out exactly as it came in.
 */
final class RawStep extends StepBuilderImpl<RawStep> {
    private final ObjectNode step;

    RawStep(String at, JsonNode node) {
        super(typeOf(at, node));
        this.step = ((ObjectNode) node).deepCopy();
        JsonNode in = step.get("input");
        if (in != null && !in.isObject() && !in.isNull())
            throw new InvalidRequestException(at + ".input", "must be a JSON object, got " + in.getNodeType());
        if (in instanceof ObjectNode o) input.setAll(o);
        JsonNode name = step.get("name");
        if (name != null && !name.isNull() && !name.isString())
            throw new InvalidRequestException(at + ".name", "must be text, got " + name.getNodeType());
        if (name != null && name.isString()) {
            try {
                super.name(name.asString());
            } catch (InvalidRequestException e) {
                throw e.under(at + ".");
            }
        }
    }

    private static String typeOf(String at, JsonNode node) {
        if (node == null || !node.isObject()) throw new InvalidRequestException(at, "each step must be a JSON object");
        JsonNode t = node.get("$type");
        if (t == null || !t.isString()) throw new InvalidRequestException(at + ".$type", "is required: the step type, e.g. \"imageGen\"");
        return t.asString();
    }

    /** Later edits through the usual setters still land in the pasted step. */
    @Override
    ObjectNode build(String at) {
        ObjectNode out = super.build(at);
        ObjectNode copy = step.deepCopy();
        copy.setAll(out);
        if (!step.has("input") && input.isEmpty()) copy.remove("input");
        return copy;
    }
}
