package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;

/** Both engines' fields; each engine's class offers its own through its interface. */
abstract class ViduImpl<S extends Vidu<S>> extends PromptVideoImpl<S> implements Vidu<S> {
    ViduImpl(WorkflowBuilder owner, String engine) {
        super(owner, engine);
    }

    static final class Standard extends ViduImpl<Vidu.Standard> implements Vidu.Standard {
        Standard(WorkflowBuilder owner) {
            super(owner, "vidu");
        }

        @Override
        public Vidu.Standard aspectRatio(String ratio) {
            return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1");
        }

        @Override
        public Vidu.Standard duration(int seconds) {
            if (seconds != 4 && seconds != 8)
                throw new InvalidRequestException(type() + ".input.duration", "must be one of [4, 8], got " + seconds);
            return whole("duration", seconds, 4, 8);
        }

        @Override
        public Vidu.Standard style(String s) {
            return oneOf("style", s, "general", "anime");
        }

        @Override
        public Vidu.Standard model(String m) {
            return oneOf("model", m, "default", "q1", "q3");
        }

        @Override
        public Vidu.Standard movementAmplitude(String a) {
            return oneOf("movementAmplitude", a, "auto", "small", "medium", "large");
        }
    }

    static final class Q3 extends ViduImpl<Vidu.Q3> implements Vidu.Q3 {
        Q3(WorkflowBuilder owner) {
            super(owner, "vidu-q3");
        }

        @Override
        public Vidu.Q3 aspectRatio(String ratio) {
            return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1", "4:3", "3:4");
        }

        @Override
        public Vidu.Q3 duration(int seconds) {
            return whole("duration", seconds, 1, 16);
        }

        @Override
        public Vidu.Q3 resolution(String r) {
            return oneOf("resolution", r, "360p", "540p", "720p", "1080p");
        }

        @Override
        public Vidu.Q3 enableAudio(boolean on) {
            return put("enableAudio", on);
        }
    }
}
