package dev.civkit.dsl;

/** AI Toolkit optimizers ({@code optimizerType}). */
public enum Optimizer {
    ADAMW("adamw"),
    ADAMW8BIT("adamw8bit"),
    ADAM8BIT("adam8bit"),
    LION("lion"),
    LION8BIT("lion8bit"),
    ADAFACTOR("adafactor"),
    ADAGRAD("adagrad"),
    PRODIGY("prodigy"),
    PRODIGY8BIT("prodigy8bit"),
    AUTOMAGIC("automagic");

    private final String wire;

    Optimizer(String wire) {
        this.wire = wire;
    }

    /** The value exactly as the API spells it. */
    @Override
    public String toString() {
        return wire;
    }

    static String[] wires() {
        Optimizer[] v = values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].wire;
        return out;
    }
}
