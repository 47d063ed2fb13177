package dev.civkit.dsl;

/** {@code textToSpeech, engine: custom} (CustomTextToSpeechInput): text, speaker, xVectorOnlyMode. */
public interface TextToSpeech extends TypedStep<TextToSpeech> {
    TextToSpeech text(String text);

    TextToSpeech speaker(String s);

    /** Language name as the docs write it, e.g. English. */
    TextToSpeech language(String language);

    TextToSpeech xVectorOnlyMode(boolean on);

    TextToSpeech instruct(String instruction);

    /** Voice cloning: a reference recording and its transcript. */
    TextToSpeech reference(String audioUrl, String transcript);

    default StepRef audio() {
        return output("audioBlob.url");
    }
}
