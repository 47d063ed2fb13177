package dev.civkit.dsl;

final class SeedreamImpl extends PromptImageImpl<Seedream> implements Seedream {
    SeedreamImpl(WorkflowBuilder owner) {
        super(owner, "seedream");
    }

    @Override
    public Seedream version(String v) {
        return oneOf("version", v, "v3", "v4", "v4.5", "v5.0-lite", "v5.0-pro");
    }

    @Override
    public Seedream enableSafetyChecker(boolean on) {
        return put("enableSafetyChecker", on);
    }
}
