package dev.civkit.dsl;

final class SeedanceImpl extends PromptVideoImpl<Seedance> implements Seedance {
    SeedanceImpl(WorkflowBuilder owner) {
        super(owner, "seedance");
        required("aspectRatio", "duration", "resolution");
    }

    @Override
    public Seedance model(String m) {
        return oneOf("model", m, "v2", "v2-fast", "v2-mini", "v2.5");
    }

    @Override
    public Seedance aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive");
    }

    @Override
    public Seedance duration(int seconds) {
        return whole("duration", seconds, 4, 30);
    }

    @Override
    public Seedance resolution(String r) {
        return oneOf("resolution", r, "480p", "720p", "1080p");
    }
}
