package dev.civkit.dsl;

final class TranscriptionImpl extends TypedStepImpl<Transcription> implements Transcription {
    TranscriptionImpl(WorkflowBuilder owner) {
        super("transcription", owner);
        required("mediaUrl");
    }

    @Override
    public Transcription mediaUrl(Object urlOrRef) {
        return media("mediaUrl", urlOrRef);
    }

    @Override
    public Transcription returnTimeStamps(boolean on) {
        return put("returnTimeStamps", on);
    }

    @Override
    public Transcription language(String language) {
        return text("language", language);
    }

    @Override
    public Transcription context(String context) {
        return text("context", context);
    }
}
