package dev.civkit.request;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The request limits, in one place for the DSL, raw bodies, sweeps and the CLI. Where the sandbox
 * checks the same number it keeps its own copy (it must not depend on the client side);
 * a test asserts the two agree.
 */
public final class Limits {
    private Limits() {}

    /** What the service accepts as an idempotency key. */
    public static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_LENGTH = 200;
    /** Images per imageGen step: the orchestrator (and the sandbox) refuse more. */
    public static final int MAX_QUANTITY = 10;
    /** Width and height of generated media, in pixels. */
    public static final int MAX_SIDE = 4096;
    /**
     * How deep a JSON value may nest (objects and lists inside each other). Real requests stay
     * under ten; the limit only keeps a runaway structure from overflowing the stack.
     */
    public static final int MAX_DEPTH = 64;
    /** The largest request file {@code submit FILE} and pasted JSON read: bodies are a few KB. */
    public static final long MAX_JSON_BYTES = 8L * 1024 * 1024;
    /** A step timeout below this is sent as 00:00:00, which the service reads as no time at all. */
    public static final Duration MIN_STEP_TIMEOUT = Duration.ofSeconds(1);
    /** One tag, as the DSL, raw bodies and {@code h.tag(…)} all take it: non-blank text of at most {@link #MAX_TAG_LENGTH} characters. */
    public static String tag(String field, String tag) {
        if (tag == null || tag.isBlank()) throw new InvalidRequestException(field, "a tag must not be blank, got " + Text.quote(tag));
        Text.requireEncodable(field, tag);
        if (tag.length() > MAX_TAG_LENGTH)
            throw new InvalidRequestException(field, "a tag may have at most " + MAX_TAG_LENGTH + " characters, got " + tag.length());
        return Ids.checkName(tag, field, TAG, true);
    }

    /** What a tag is, in a refusal: why its characters matter. */
    static final String TAG = "a tag (untag(tag) puts it in the URL)";

    /** Workflow, step and blob ids put into a URL path. */
    public static final int MAX_ID_LENGTH = 256;
}
