package dev.civkit.dsl;

/** What {@link TextToSpeechEngines} does behind its interface: each choice makes the next builder on the same workflow. */
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
