package dev.civkit.request;

import dev.civkit.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pasted or filed JSON, read strictly: a duplicate key is an error (Jackson would keep the last
 * silently), and numbers are read exactly first so {@code 1e400} is refused instead of becoming
 * Infinity. The tree handed back is the ordinary one, so what is sent matches what was written.
 */
public final class StrictJson {
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private StrictJson() {}

    /** @param field how the caller names this text, e.g. {@code workflowFromJson(text)} or the file */
    public static JsonNode parse(String field, String text) {
        Require.nonNull(text, field, "JSON text such as {\"steps\": [...]}");
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark, as some editors save
        if (text.length() > Limits.MAX_JSON_BYTES)
            throw new InvalidRequestException(field, "JSON text is limited to " + Limits.MAX_JSON_BYTES + " characters, got " + text.length());
        Text.requireEncodable(field, text);
        JsonNode exact;
        try {
            exact = STRICT.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new InvalidRequestException(field, "is too large or nests too deep to be a request: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            String msg = e.getOriginalMessage();
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            if (msg != null && msg.startsWith("Duplicate Object property"))
                throw new InvalidRequestException(field, "duplicate key " + msg.substring("Duplicate Object property ".length())
                        + where + ": each key may appear once in a JSON object (which one did you mean?)");
            throw new InvalidRequestException(field, "is not valid JSON: " + msg + where);
        }
        if (exact == null || exact.isMissingNode()) throw new InvalidRequestException(field, "is empty: paste a JSON object");
        JsonValues.check("", exact);
        return Json.parse(text);
    }
}
