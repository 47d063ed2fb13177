package dev.civkit.dsl;

/** comfy samplers ({@code sampler}), as in ComfySampler. */
public enum ComfySampler {
    EULER("euler"),
    EULER_ANCESTRAL("euler_ancestral"),
    EULER_CFG_PP("euler_cfg_pp"),
    EULER_ANCESTRAL_CFG_PP("euler_ancestral_cfg_pp"),
    HEUN("heun"),
    HEUNPP2("heunpp2"),
    DPM_2("dpm_2"),
    DPM_2_ANCESTRAL("dpm_2_ancestral"),
    LMS("lms"),
    DPM_FAST("dpm_fast"),
    DPM_ADAPTIVE("dpm_adaptive"),
    DPMPP_2S_ANCESTRAL("dpmpp_2s_ancestral"),
    DPMPP_2S_ANCESTRAL_CFG_PP("dpmpp_2s_ancestral_cfg_pp"),
    DPMPP_SDE("dpmpp_sde"),
    DPMPP_SDE_GPU("dpmpp_sde_gpu"),
    DPMPP_2M("dpmpp_2m"),
    DPMPP_2M_CFG_PP("dpmpp_2m_cfg_pp"),
    DPMPP_2M_SDE("dpmpp_2m_sde"),
    DPMPP_2M_SDE_GPU("dpmpp_2m_sde_gpu"),
    DPMPP_3M_SDE("dpmpp_3m_sde"),
    DPMPP_3M_SDE_GPU("dpmpp_3m_sde_gpu"),
    DDPM("ddpm"),
    LCM("lcm"),
    IPNDM("ipndm"),
    IPNDM_V("ipndm_v"),
    DEIS("deis"),
    DDIM("ddim"),
    UNI_PC("uni_pc"),
    UNI_PC_BH2("uni_pc_bh2"),
    RES_MULTISTEP("res_multistep"),
    ER_SDE("er_sde");

    private final String wire;

    ComfySampler(String wire) {
        this.wire = wire;
    }

    /** The value exactly as the API spells it. */
    @Override
    public String toString() {
        return wire;
    }

    static String[] wires() {
        ComfySampler[] v = values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].wire;
        return out;
    }
}
