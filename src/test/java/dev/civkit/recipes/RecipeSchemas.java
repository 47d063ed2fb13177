package dev.civkit.recipes;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    static Set<String> violations(String schemaName, String json) {
        try (InputStream in = RecipeSchemas.class.getResourceAsStream("/schemas/" + schemaName + ".schema.json")) {
            if (in == null) throw new IllegalArgumentException("no schema " + schemaName);
            Set<ValidationMessage> msgs = FACTORY.getSchema(JACKSON2.readTree(in)).validate(JACKSON2.readTree(json));
            return msgs.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
