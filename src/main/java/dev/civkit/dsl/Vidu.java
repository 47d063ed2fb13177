package dev.civkit.dsl;


/** {@code engine: vidu} or {@code vidu-q3}; the two take different fields. */
public final class Vidu extends PromptVideo<Vidu> {
    private final boolean q3;

    Vidu(WorkflowBuilder owner, String engine) {
        super(owner, engine);
        this.q3 = engine.equals("vidu-q3");
    }

    private Vidu only(boolean wantQ3, String field) {
        if (q3 != wantQ3)
            throw new dev.civkit.request.InvalidRequestException(type() + ".input." + field, "is a " + (wantQ3 ? "vidu-q3" : "vidu") + " field");
        return this;
    }

    public Vidu aspectRatio(String ratio) {
        return q3 ? oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1", "4:3", "3:4") : oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1");
    }

    /** vidu: 4 or 8; vidu-q3: 1 to 16 seconds. */
    public Vidu duration(int seconds) {
        if (!q3 && seconds != 4 && seconds != 8)
            throw new dev.civkit.request.InvalidRequestException(type() + ".input.duration", "must be one of [4, 8], got " + seconds);
        return whole("duration", seconds, 1, 16);
    }

    /** vidu: general or anime. */
    public Vidu style(String s) {
        return only(false, "style").oneOf("style", s, "general", "anime");
    }

    /** vidu: default, q1 or q3. */
    public Vidu model(String m) {
        return only(false, "model").oneOf("model", m, "default", "q1", "q3");
    }

    public Vidu movementAmplitude(String a) {
        return only(false, "movementAmplitude").oneOf("movementAmplitude", a, "auto", "small", "medium", "large");
    }

    /** vidu-q3: 360p, 540p, 720p or 1080p. */
    public Vidu resolution(String r) {
        return only(true, "resolution").oneOf("resolution", r, "360p", "540p", "720p", "1080p");
    }

    public Vidu enableAudio(boolean on) {
        return only(true, "enableAudio").put("enableAudio", on);
    }

    public Vidu images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }
}
