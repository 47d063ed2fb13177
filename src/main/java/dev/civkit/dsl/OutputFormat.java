package dev.civkit.dsl;

/** imageGen {@code outputFormat}, as in ImageGenOutputFormat. */
public enum OutputFormat {
    JPEG("jpeg"),
    PNG("png"),
    WEBP("webP");

    private final String wire;

    OutputFormat(String wire) {
        this.wire = wire;
    }

    /** The value exactly as the API spells it. */
    @Override
    public String toString() {
        return wire;
    }

    static String[] wires() {
        OutputFormat[] v = values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].wire;
        return out;
    }
}
