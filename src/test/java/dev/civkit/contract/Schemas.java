package dev.civkit.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON Schemas generated from Civitai's TypeScript client (copied from shared/reference into
 * test resources). The validator speaks Jackson 2, so JSON crosses over as text.
 */
final class Schemas {
    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private Schemas() {}

    static JsonSchema load(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            if (in == null) throw new IllegalArgumentException("no schema " + name);
            ObjectNode schema = (ObjectNode) JACKSON2.readTree(in);
            if (name.equals("WorkflowTemplate")) dropRequiredCurrencies(schema);
            return FACTORY.getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The generator marks WorkflowTemplate.currencies required, but the server defaults it and the
     * docs' own examples omit it (see shared/reference/orchestrator-api.md): the kit must not send it.
     */
    private static void dropRequiredCurrencies(ObjectNode schema) {
        var required = schema.path("definitions").path("WorkflowTemplate").path("required");
        if (required instanceof ArrayNode arr) {
            for (int i = arr.size() - 1; i >= 0; i--) if (arr.get(i).asText().equals("currencies")) arr.remove(i);
        }
    }

    /** Violations as readable lines; empty when the document conforms. */
    static Set<String> violations(String schemaName, String json) {
        try {
            Set<ValidationMessage> msgs = load(schemaName).validate(JACKSON2.readTree(json));
            return msgs.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
