package dev.civkit.dsl;

final class ComfyImpl implements Comfy {
    private final WorkflowBuilder owner;

    ComfyImpl(WorkflowBuilder owner) {
        this.owner = owner;
    }

    @Override
    public Comfy.Ops sd1() {
        return new Comfy.Ops(owner, "sd1");
    }

    @Override
    public Comfy.Ops sdxl() {
        return new Comfy.Ops(owner, "sdxl");
    }

    @Override
    public Comfy.ErnieModels ernie() {
        return new Comfy.ErnieModels(owner);
    }

    @Override
    public String toString() {
        return Choices.of(this, "comfy: choose the ecosystem");
    }
}
