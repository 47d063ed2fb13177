package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;

final class Veo3Impl extends PromptVideoImpl<Veo3> implements Veo3 {
    Veo3Impl(WorkflowBuilder owner) {
        super(owner, "veo3");
        required("generateAudio");
    }

    @Override
    public Veo3 version(String v) {
        return oneOf("version", v, "3.0", "3.1");
    }

    @Override
    public Veo3 aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1");
    }

    @Override
    public Veo3 duration(int seconds) {
        if (seconds != 4 && seconds != 6 && seconds != 8)
            throw new InvalidRequestException(type() + ".input.duration", "must be one of [4, 6, 8], got " + seconds);
        return whole("duration", seconds, 4, 8);
    }

    @Override
    public Veo3 mode(String m) {
        return oneOf("mode", m, "standard", "fast", "lite");
    }

    @Override
    public Veo3 fastMode(boolean on) {
        return put("fastMode", on);
    }

    @Override
    public Veo3 enablePromptEnhancer(boolean on) {
        return put("enablePromptEnhancer", on);
    }
}
