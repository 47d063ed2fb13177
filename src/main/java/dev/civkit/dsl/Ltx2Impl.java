package dev.civkit.dsl;

final class Ltx2Impl extends PromptVideoImpl<Ltx2> implements Ltx2 {
    Ltx2Impl(WorkflowBuilder owner) {
        super(owner, "ltx2.3");
        preset("operation", "createVideo");
    }

    @Override
    public Ltx2 model(String m) {
        return oneOf("model", m, "22b-dev", "22b-distilled");
    }

    @Override
    public Ltx2 duration(int seconds) {
        return whole("duration", seconds, 3, 20);
    }

    @Override
    public Ltx2 fps(int fps) {
        return whole("fps", fps, 1, 60);
    }

    @Override
    public Ltx2 quantity(int quantity) {
        return whole("quantity", quantity, 1, 4);
    }
}
