package dev.civkit.air;

import java.util.regex.Pattern;

/**
 * An AI Resource Identifier, {@code urn:air:{ecosystem}:{type}:{source}:{id}[@{version}]}, the
 * name the API uses for checkpoints, LoRAs, VAEs and other resources. The docs also allow a
 * {@code +fileId} and a {@code .format} suffix after the version, so those parse too.
 *
 * <pre>{@code
 * Air.parse("urn:air:sdxl:checkpoint:civitai:101055@128078").version()   // "128078"
 * Air.of("sdxl", "lora", "civitai", "328553").at("368189")              // urn:air:sdxl:lora:civitai:328553@368189
 * }</pre>
 */
public record Air(String ecosystem, String type, String source, String id, String version, String fileId, String format) {
    public static final String FORM = "urn:air:{ecosystem}:{type}:{source}:{id}[@{version}]";
    public static final String EXAMPLE = "urn:air:sdxl:checkpoint:civitai:101055@128078";

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    // Hugging Face ids are owner/name, so the id alone may hold a slash.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-/]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    public Air {
        validate(ecosystem, type, source, id, version, fileId, format, null);
    }

    public static Air of(String ecosystem, String type, String source, String id) {
        return new Air(ecosystem, type, source, id, null, null, null);
    }

    /** The same resource at a given version. */
    public Air at(String version) {
        return new Air(ecosystem, type, source, id, version, fileId, format);
    }

    public Air at(long version) {
        return at(Long.toString(version));
    }

    /** Whether this text is a well-formed AIR. */
    public static boolean isValid(String text) {
        return problem(text) == null;
    }

    /** Null when the text is a well-formed AIR, else what is wrong with it. */
    public static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (MalformedAirException e) {
            return e.getMessage();
        }
    }

    /**
     * Reads an AIR. The {@code urn:} and {@code air:} prefixes may be left out, as the docs allow;
     * {@link #toString()} always writes the full form the API wants.
     *
     * @throws MalformedAirException naming the part that is wrong
     */
    public static Air parse(String text) {
        if (text == null || text.isBlank()) throw new MalformedAirException("air", "an AIR is required, got a blank value", text);
        String s = text.strip();
        if (s.regionMatches(true, 0, "urn:", 0, 4)) {
            s = s.substring(4);
            if (!s.regionMatches(true, 0, "air:", 0, 4))
                throw new MalformedAirException("prefix", "after \"urn:\" must come \"air:\"", text);
        }
        if (s.regionMatches(true, 0, "air:", 0, 4)) s = s.substring(4);
        String[] parts = s.split(":", -1);
        if (parts.length != 4) {
            String which = parts.length < 4 ? "too few parts" : "too many parts";
            throw new MalformedAirException("air", which + " (" + parts.length + " of ecosystem, type, source, id separated by ':')", text);
        }
        String[] names = {"ecosystem", "type", "source"};
        for (int i = 0; i < 3; i++) {
            if (parts[i].isEmpty()) throw new MalformedAirException(names[i], "the " + names[i] + " is empty", text);
        }
        String rest = parts[3];
        String id = rest, version = null, fileId = null, format = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            id = rest.substring(0, at);
            String tail = rest.substring(at + 1);
            if (tail.indexOf('@') >= 0) throw new MalformedAirException("version", "more than one '@'", text);
            int dot = tail.lastIndexOf('.');
            if (dot >= 0) {
                format = tail.substring(dot + 1);
                tail = tail.substring(0, dot);
            }
            int plus = tail.indexOf('+');
            if (plus >= 0) {
                fileId = tail.substring(plus + 1);
                tail = tail.substring(0, plus);
            }
            version = tail;
            if (version.isEmpty()) throw new MalformedAirException("version", "nothing after '@': give the version or drop the '@'", text);
        }
        if (id.isEmpty()) throw new MalformedAirException("id", "the id is empty", text);
        validate(parts[0], parts[1], parts[2], id, version, fileId, format, text);
        return new Air(parts[0], parts[1], parts[2], id, version, fileId, format);
    }

    /** @param shown the text the user gave, quoted in the message; null to show the parts joined */
    private static void validate(String ecosystem, String type, String source, String id, String version, String fileId,
                                 String format, String shown) {
        String given = shown != null ? shown : render(ecosystem, type, source, id, version, fileId, format);
        check("ecosystem", ecosystem, WORD, "a word such as sdxl, sd1, flux1 or qwen", given);
        check("type", type, WORD, "a word such as checkpoint, lora, vae or embedding", given);
        check("source", source, WORD, "a word such as civitai, huggingface or orchestrator", given);
        check("id", id, ID, "the resource's id at its source", given);
        if (version != null) check("version", version, WORD, "the version's id", given);
        if (fileId != null) check("fileId", fileId, DIGITS, "a file id of digits", given);
        if (format != null) check("format", format, FORMAT, "a file format such as safetensors", given);
        if (source.equalsIgnoreCase("civitai")) {
            if (!DIGITS.matcher(id).matches())
                throw new MalformedAirException("id", "a civitai id must be the model's number, not \"" + id + "\"", given);
            if (version != null && !DIGITS.matcher(version).matches())
                throw new MalformedAirException("version", "a civitai version must be the model version's number, not \"" + version + "\"", given);
        }
    }

    private static void check(String part, String value, Pattern p, String what, String given) {
        if (value == null || value.isEmpty())
            throw new MalformedAirException(part, "the " + part + " is missing (" + what + ")", given);
        if (!p.matcher(value).matches())
            throw new MalformedAirException(part, "the " + part + " \"" + value + "\" has characters an AIR does not allow (" + what + ")", given);
    }

    private static String render(String ecosystem, String type, String source, String id, String version, String fileId, String format) {
        return "urn:air:" + ecosystem + ":" + type + ":" + source + ":" + id
                + (version == null ? "" : "@" + version) + (fileId == null ? "" : "+" + fileId) + (format == null ? "" : "." + format);
    }

    /** The canonical {@code urn:air:…} text the API expects. */
    @Override
    public String toString() {
        return render(ecosystem, type, source, id, version, fileId, format);
    }
}
