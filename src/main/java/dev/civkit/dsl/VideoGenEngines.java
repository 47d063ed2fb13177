package dev.civkit.dsl;

/** {@code videoGen}: the engines the docs' recipes use. */
public interface VideoGenEngines {
    /** Wan 2.6 on fal: text-to-video or image-to-video. */
    WanVideo.Ops wan();

    Kling kling();

    Veo3 veo3();

    /** LTX-2.3 on ComfyUI ({@code engine: ltx2.3, operation: createVideo}). */
    Ltx2 ltx2();

    /** Vidu (q1 default); for Vidu Q3 see {@link #viduQ3()}. */
    Vidu.Standard vidu();

    Vidu.Q3 viduQ3();

    Seedance seedance();
}
