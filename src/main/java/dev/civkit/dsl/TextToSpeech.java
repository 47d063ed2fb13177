package dev.civkit.dsl;


/** {@code textToSpeech, engine: custom} (CustomTextToSpeechInput): text, speaker, xVectorOnlyMode. */
public final class TextToSpeech extends TypedStep<TextToSpeech> {
    TextToSpeech(WorkflowBuilder owner, String engine) {
        super("textToSpeech", owner);
        preset("engine", engine);
        required("text", "xVectorOnlyMode");
    }

    public TextToSpeech text(String text) {
        return text("text", text);
    }

    public TextToSpeech speaker(String s) {
        return oneOf("speaker", s, "aiden", "dylan", "eric", "ono_anna", "ryan", "serena", "sohee", "uncle_fu", "vivian");
    }

    /** Language name as the docs write it, e.g. English. */
    public TextToSpeech language(String language) {
        return text("language", language);
    }

    public TextToSpeech xVectorOnlyMode(boolean on) {
        return put("xVectorOnlyMode", on);
    }

    public TextToSpeech instruct(String instruction) {
        return text("instruct", instruction);
    }

    /** Voice cloning: a reference recording and its transcript. */
    public TextToSpeech reference(String audioUrl, String transcript) {
        return text("refAudioUrl", audioUrl).text("refText", transcript);
    }

    public StepRef audio() {
        return output("audioBlob.url");
    }
}
