package dev.civkit.dsl;

/** {@code textToSpeech}: the engines. */
public final class TextToSpeechEngines {
    private final WorkflowBuilder owner;

    TextToSpeechEngines(WorkflowBuilder owner) {
        this.owner = owner;
    }

    /** Qwen3 TTS with a built-in speaker ({@code engine: custom}). */
    public TextToSpeech custom() {
        return new TextToSpeechImpl(owner, "custom");
    }

    public String toString() {
        return Choices.of(this, "textToSpeech: choose an engine");
    }
}
