package dev.civkit.request;

import java.util.regex.Pattern;

/** The request limits the service states, in one place for the DSL, raw bodies and sweeps. */
public final class Limits {
    private Limits() {}

    /** What the service accepts as an idempotency key. */
    public static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_LENGTH = 200;
}
