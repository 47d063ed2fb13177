package dev.civkit.dsl.recipes;

import dev.civkit.dsl.WorkflowBuilder;

/** {@code engine: kling}. cfgScale is marked required by the types but defaulted by the server (docs omit it). */
public final class Kling extends PromptVideo<Kling> {
    Kling(WorkflowBuilder owner) {
        super(owner, "kling");
    }

    public Kling model(String m) {
        return oneOf("model", m, "v1", "v1.5", "v1.6", "v2", "v2.5-turbo");
    }

    public Kling mode(String m) {
        return oneOf("mode", m, "standard", "professional");
    }

    public Kling aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1");
    }

    /** 5 or 10 seconds; the wire value is the string "5" or "10". */
    public Kling duration(int seconds) {
        return oneOf("duration", Integer.toString(seconds), "5", "10");
    }

    public Kling cfgScale(double cfg) {
        return num("cfgScale", cfg);
    }

    public Kling sourceImage(Object urlOrRef) {
        return media("sourceImage", urlOrRef);
    }
}
