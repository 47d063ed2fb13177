package dev.civkit.dsl;


/** {@code engine: veo3} (Google Veo 3 / 3.1); generateAudio is required by the types. */
public final class Veo3 extends PromptVideo<Veo3> {
    Veo3(WorkflowBuilder owner) {
        super(owner, "veo3");
        required("generateAudio");
    }

    public Veo3 version(String v) {
        return oneOf("version", v, "3.0", "3.1");
    }

    public Veo3 aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1");
    }

    /** 4, 6 or 8 seconds. */
    public Veo3 duration(int seconds) {
        if (seconds != 4 && seconds != 6 && seconds != 8)
            throw new dev.civkit.request.InvalidRequestException(type() + ".input.duration", "must be one of [4, 6, 8], got " + seconds);
        return whole("duration", seconds, 4, 8);
    }

    public Veo3 generateAudio(boolean on) {
        return put("generateAudio", on);
    }

    public Veo3 mode(String m) {
        return oneOf("mode", m, "standard", "fast", "lite");
    }

    public Veo3 fastMode(boolean on) {
        return put("fastMode", on);
    }

    public Veo3 enablePromptEnhancer(boolean on) {
        return put("enablePromptEnhancer", on);
    }

    public Veo3 images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }
}
