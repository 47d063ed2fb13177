package dev.civkit.dsl;

final class TextToSpeechEnginesImpl implements TextToSpeechEngines {
    private final WorkflowBuilder owner;

    TextToSpeechEnginesImpl(WorkflowBuilder owner) {
        this.owner = owner;
    }

    @Override
    public TextToSpeech custom() {
        return new TextToSpeechImpl(owner, "custom");
    }

    @Override
    public String toString() {
        return Choices.of(this, "textToSpeech: choose an engine");
    }
}
