package dev.civkit.recipes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The per-input-type schemas generated from the official client's types (see
 * src/test/resources/schemas). Same validator as contract.Schemas, which is package-private to
 * the contract tests; this one serves the recipe tests.
 */
final class RecipeSchemas {
    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private RecipeSchemas() {}

    /**
     * Fields the types mark required that the server fills in and the docs' own bodies omit (the
     * same artifact as WorkflowTemplate.currencies).
     */
    static final Set<String> SERVER_DEFAULTED = Set.of("requiresAgeClassification", "usesStepPricing", "hideMetadata");

    /**
     * Drops {@link #SERVER_DEFAULTED} from every required list, and lets a user message's content
     * be plain text: the types say content parts only, but the server's converter takes a string
     * and the docs send one (chat-completion-1).
     */
    private static void relaxGeneratorArtifacts(ObjectNode schema) {
        schema.path("definitions").forEach(def -> {
            if (def.get("required") instanceof ArrayNode req)
                for (int i = req.size() - 1; i >= 0; i--) if (SERVER_DEFAULTED.contains(req.get(i).asText())) req.remove(i);
        });
        if (schema.path("definitions").path("UserMessage").path("properties") instanceof ObjectNode props && props.has("content")) {
            ObjectNode either = JACKSON2.createObjectNode();
            either.putArray("anyOf").add(JACKSON2.createObjectNode().put("type", "string")).add(props.get("content"));
            props.set("content", either);
        }
    }

    static Set<String> violations(String schemaName, String json) {
        try (InputStream in = RecipeSchemas.class.getResourceAsStream("/schemas/" + schemaName + ".schema.json")) {
            if (in == null) throw new IllegalArgumentException("no schema " + schemaName);
            ObjectNode schema = (ObjectNode) JACKSON2.readTree(in);
            relaxGeneratorArtifacts(schema);
            Set<ValidationMessage> msgs = FACTORY.getSchema(schema).validate(JACKSON2.readTree(json));
            return msgs.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The values a field's type names anywhere in its definition ({@code $ref}s followed): its enum
     * members and consts as text, and its minimum, for a test to call a setter with values the type allows.
     */
    static Set<String> samples(String schemaName, String field) {
        try (InputStream in = RecipeSchemas.class.getResourceAsStream("/schemas/" + schemaName + ".schema.json")) {
            if (in == null) throw new IllegalArgumentException("no schema " + schemaName);
            com.fasterxml.jackson.databind.JsonNode schema = JACKSON2.readTree(in);
            com.fasterxml.jackson.databind.JsonNode root = schema.has("$ref") ? schema.at(schema.get("$ref").asText().substring(1)) : schema;
            Set<String> out = new java.util.LinkedHashSet<>();
            collect(schema, root.path("properties").path(field), out, 0);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode schema, com.fasterxml.jackson.databind.JsonNode n, Set<String> out, int depth) {
        if (n == null || n.isMissingNode() || depth > 6) return;
        if (n.has("$ref") && n.get("$ref").asText().startsWith("#/")) collect(schema, schema.at(n.get("$ref").asText().substring(1)), out, depth + 1);
        n.path("enum").forEach(v -> out.add(v.asText()));
        if (n.has("const")) out.add(n.get("const").asText());
        if (n.has("minimum")) out.add(n.get("minimum").asText());
        for (String k : new String[] {"anyOf", "allOf", "oneOf"}) n.path(k).forEach(c -> collect(schema, c, out, depth + 1));
        collect(schema, n.get("items"), out, depth + 1);
    }

    /** The fields of a schema's root type, by name, with their definitions ($ref to the root followed). */
    static java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> properties(String schemaName) {
        try (InputStream in = RecipeSchemas.class.getResourceAsStream("/schemas/" + schemaName + ".schema.json")) {
            if (in == null) throw new IllegalArgumentException("no schema " + schemaName);
            com.fasterxml.jackson.databind.JsonNode schema = JACKSON2.readTree(in);
            com.fasterxml.jackson.databind.JsonNode root = schema.has("$ref")
                    ? schema.at(schema.get("$ref").asText().substring(1)) : schema;
            java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> fields = new java.util.TreeMap<>();
            root.path("properties").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
