package dev.civkit.dsl;


/** {@code engine: seedance} (ByteDance); aspectRatio, duration and resolution are required. */
public final class Seedance extends PromptVideo<Seedance> {
    Seedance(WorkflowBuilder owner) {
        super(owner, "seedance");
        required("aspectRatio", "duration", "resolution");
    }

    public Seedance model(String m) {
        return oneOf("model", m, "v2", "v2-fast", "v2-mini", "v2.5");
    }

    public Seedance aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive");
    }

    /** 4 to 30 seconds. */
    public Seedance duration(int seconds) {
        return whole("duration", seconds, 4, 30);
    }

    public Seedance resolution(String r) {
        return oneOf("resolution", r, "480p", "720p", "1080p");
    }

    public Seedance generateAudio(boolean on) {
        return put("generateAudio", on);
    }

    public Seedance images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }
}
