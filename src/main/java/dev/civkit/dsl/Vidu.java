package dev.civkit.dsl;

/** {@code engine: vidu} or {@code vidu-q3}; the two take different fields. */
public interface Vidu extends PromptVideo<Vidu> {
    Vidu aspectRatio(String ratio);

    /** vidu: 4 or 8; vidu-q3: 1 to 16 seconds. */
    Vidu duration(int seconds);

    /** vidu: general or anime. */
    Vidu style(String s);

    /** vidu: default, q1 or q3. */
    Vidu model(String m);

    Vidu movementAmplitude(String a);

    /** vidu-q3: 360p, 540p, 720p or 1080p. */
    Vidu resolution(String r);

    Vidu enableAudio(boolean on);

    Vidu images(Object... urlsOrRefs);
}
