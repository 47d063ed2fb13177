package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;

final class ViduImpl extends PromptVideoImpl<Vidu> implements Vidu {
    private final boolean q3;

    ViduImpl(WorkflowBuilder owner, String engine) {
        super(owner, engine);
        this.q3 = engine.equals("vidu-q3");
    }

    private ViduImpl only(boolean wantQ3, String field) {
        if (q3 != wantQ3)
            throw new InvalidRequestException(type() + ".input." + field, "is a " + (wantQ3 ? "vidu-q3" : "vidu") + " field");
        return this;
    }

    @Override
    public Vidu aspectRatio(String ratio) {
        return q3 ? oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1", "4:3", "3:4") : oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1");
    }

    @Override
    public Vidu duration(int seconds) {
        if (!q3 && seconds != 4 && seconds != 8)
            throw new InvalidRequestException(type() + ".input.duration", "must be one of [4, 8], got " + seconds);
        return whole("duration", seconds, 1, 16);
    }

    @Override
    public Vidu style(String s) {
        return only(false, "style").oneOf("style", s, "general", "anime");
    }

    @Override
    public Vidu model(String m) {
        return only(false, "model").oneOf("model", m, "default", "q1", "q3");
    }

    @Override
    public Vidu movementAmplitude(String a) {
        return only(false, "movementAmplitude").oneOf("movementAmplitude", a, "auto", "small", "medium", "large");
    }

    @Override
    public Vidu resolution(String r) {
        return only(true, "resolution").oneOf("resolution", r, "360p", "540p", "720p", "1080p");
    }

    @Override
    public Vidu enableAudio(boolean on) {
        return only(true, "enableAudio").put("enableAudio", on);
    }

    @Override
    public Vidu images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }
}
