package dev.civkit.dsl;

final class TextToSpeechImpl extends TypedStepImpl<TextToSpeech> implements TextToSpeech {
    TextToSpeechImpl(WorkflowBuilder owner, String engine) {
        super("textToSpeech", owner);
        preset("engine", engine);
        required("text", "xVectorOnlyMode");
    }

    @Override
    public TextToSpeech text(String text) {
        return text("text", text);
    }

    @Override
    public TextToSpeech speaker(String s) {
        return oneOf("speaker", s, "aiden", "dylan", "eric", "ono_anna", "ryan", "serena", "sohee", "uncle_fu", "vivian");
    }

    @Override
    public TextToSpeech language(String language) {
        return text("language", language);
    }

    @Override
    public TextToSpeech xVectorOnlyMode(boolean on) {
        return put("xVectorOnlyMode", on);
    }

    @Override
    public TextToSpeech instruct(String instruction) {
        return text("instruct", instruction);
    }

    @Override
    public TextToSpeech reference(String audioUrl, String transcript) {
        text("refAudioUrl", audioUrl);
        return text("refText", transcript);
    }
}
