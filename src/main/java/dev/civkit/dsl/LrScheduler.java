package dev.civkit.dsl;

/** AI Toolkit learning-rate schedules ({@code lrScheduler}). */
public enum LrScheduler {
    CONSTANT("constant"),
    CONSTANT_WITH_WARMUP("constant_with_warmup"),
    COSINE("cosine"),
    LINEAR("linear"),
    STEP("step");

    private final String wire;

    LrScheduler(String wire) {
        this.wire = wire;
    }

    /** The value exactly as the API spells it. */
    @Override
    public String toString() {
        return wire;
    }

    static String[] wires() {
        LrScheduler[] v = values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].wire;
        return out;
    }
}
