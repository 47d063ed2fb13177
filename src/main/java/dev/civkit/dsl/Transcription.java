package dev.civkit.dsl;

/** {@code transcription}: speech to text, optionally with time stamps. */
public interface Transcription extends TypedStep<Transcription> {
    Transcription mediaUrl(Object urlOrRef);

    Transcription returnTimeStamps(boolean on);

    Transcription language(String language);

    /** Names and terms that help recognition. */
    Transcription context(String context);

    default StepRef transcript() {
        return output("text");
    }
}
