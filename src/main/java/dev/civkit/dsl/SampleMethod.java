package dev.civkit.dsl;

/** sdcpp samplers ({@code sampleMethod}), as in the official client's SdCppSampleMethod. */
public enum SampleMethod {
    EULER("euler"),
    HEUN("heun"),
    DPM2("dpm2"),
    DPM_2S_A("dpm++2s_a"),
    DPM_2M("dpm++2m"),
    DPM_2MV2("dpm++2mv2"),
    IPNDM("ipndm"),
    IPNDM_V("ipndm_v"),
    DDIM_TRAILING("ddim_trailing"),
    EULER_A("euler_a"),
    LCM("lcm"),
    RES_MULTISTEP("res_multistep"),
    RES_2S("res_2s"),
    TCD("tcd"),
    ER_SDE("er_sde");

    private final String wire;

    SampleMethod(String wire) {
        this.wire = wire;
    }

    /** The value exactly as the API spells it. */
    @Override
    public String toString() {
        return wire;
    }

    static String[] wires() {
        SampleMethod[] v = values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].wire;
        return out;
    }
}
