package dev.civkit.dsl;

final class TrainingEnginesImpl implements TrainingEngines {
    private final WorkflowBuilder owner;

    TrainingEnginesImpl(WorkflowBuilder owner) {
        this.owner = owner;
    }

    @Override
    public TrainingEngines.Ecosystems aiToolkit() {
        return new TrainingEngines.Ecosystems(owner);
    }

    @Override
    public String toString() {
        return Choices.of(this, "training: choose a trainer");
    }
}
