package dev.civkit.dsl;

/** comfy schedulers ({@code scheduler}), as in ComfyScheduler. */
public enum ComfyScheduler {
    NORMAL("normal"),
    KARRAS("karras"),
    EXPONENTIAL("exponential"),
    SGM_UNIFORM("sgm_uniform"),
    SIMPLE("simple"),
    DDIM_UNIFORM("ddim_uniform"),
    BETA("beta");

    private final String wire;

    ComfyScheduler(String wire) {
        this.wire = wire;
    }

    /** The value exactly as the API spells it. */
    @Override
    public String toString() {
        return wire;
    }

    static String[] wires() {
        ComfyScheduler[] v = values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].wire;
        return out;
    }
}
