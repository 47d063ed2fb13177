package dev.civkit.dsl;

/** {@code engine: vidu} or {@code vidu-q3}: each offers the fields its official type has. */
public interface Vidu<S extends Vidu<S>> extends PromptVideo<S> {
    S aspectRatio(String ratio);

    S seed(long seed);

    S images(Object... urlsOrRefs);

    /** {@code engine: vidu}: a style, a model and the amount of movement. */
    interface Standard extends Vidu<Standard> {
        /** 4 or 8 seconds. */
        Standard duration(int seconds);

        /** general or anime. */
        Standard style(String s);

        /** default, q1 or q3. */
        Standard model(String m);

        /** auto, small, medium or large. */
        Standard movementAmplitude(String a);
    }

    /** {@code engine: vidu-q3}: a resolution and sound. */
    interface Q3 extends Vidu<Q3> {
        /** 1 to 16 seconds. */
        Q3 duration(int seconds);

        /** 360p, 540p, 720p or 1080p. */
        Q3 resolution(String r);

        Q3 enableAudio(boolean on);
    }
}
