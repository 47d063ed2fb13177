package dev.civkit.dsl;


/** {@code transcription}: speech to text, optionally with time stamps. */
public final class Transcription extends TypedStep<Transcription> {
    Transcription(WorkflowBuilder owner) {
        super("transcription", owner);
        required("mediaUrl");
    }

    public Transcription mediaUrl(Object urlOrRef) {
        return media("mediaUrl", urlOrRef);
    }

    public Transcription returnTimeStamps(boolean on) {
        return put("returnTimeStamps", on);
    }

    public Transcription language(String language) {
        return text("language", language);
    }

    /** Names and terms that help recognition. */
    public Transcription context(String context) {
        return text("context", context);
    }

    public StepRef transcript() {
        return output("text");
    }
}
