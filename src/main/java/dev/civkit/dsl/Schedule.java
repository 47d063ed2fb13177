package dev.civkit.dsl;

/** sdcpp noise schedules ({@code schedule}), as in SdCppSchedule. */
public enum Schedule {
    SIMPLE("simple"),
    DISCRETE("discrete"),
    KARRAS("karras"),
    EXPONENTIAL("exponential"),
    AYS("ays"),
    BONG_TANGENT("bong_tangent"),
    GITS("gits"),
    SGM_UNIFORM("sgm_uniform"),
    SMOOTHSTEP("smoothstep"),
    KL_OPTIMAL("kl_optimal"),
    LCM("lcm");

    private final String wire;

    Schedule(String wire) {
        this.wire = wire;
    }

    /** The value exactly as the API spells it. */
    @Override
    public String toString() {
        return wire;
    }

    static String[] wires() {
        Schedule[] v = values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].wire;
        return out;
    }
}
