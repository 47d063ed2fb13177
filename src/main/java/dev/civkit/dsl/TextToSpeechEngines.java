package dev.civkit.dsl;

/** {@code textToSpeech}: the engines. */
public interface TextToSpeechEngines {
    /** Qwen3 TTS with a built-in speaker ({@code engine: custom}). */
    TextToSpeech custom();
}
