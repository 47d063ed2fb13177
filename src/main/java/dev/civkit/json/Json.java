package dev.civkit.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one Jackson mapper the kit and the sandbox share, configured once. */
public final class Json {
    /**
     * Keeps declaration/insertion order (Jackson 3 sorts by default): request bodies then read
     * like the docs' examples, with {@code $type} first.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {}

    public static ObjectNode object() { return MAPPER.createObjectNode(); }

    public static ArrayNode array() { return MAPPER.createArrayNode(); }

    public static JsonNode parse(String text) { return MAPPER.readTree(text); }

    public static JsonNode parse(byte[] bytes) { return MAPPER.readTree(bytes); }

    public static JsonNode tree(Object value) { return MAPPER.valueToTree(value); }

    public static <T> T convert(Object value, Class<T> type) { return MAPPER.convertValue(value, type); }

    public static String write(Object value) { return MAPPER.writeValueAsString(value); }

    public static String pretty(Object value) { return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value); }
}
