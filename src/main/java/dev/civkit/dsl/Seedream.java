package dev.civkit.dsl;

/** {@code engine: seedream} (ByteDance), versions v3 to v5.0-pro. */
public interface Seedream extends PromptImage<Seedream> {
    Seedream version(String v);

    Seedream size(int width, int height);

    Seedream guidanceScale(double g);

    Seedream quantity(int quantity);

    Seedream seed(long seed);

    Seedream images(Object... urlsOrRefs);

    Seedream enableSafetyChecker(boolean on);
}
