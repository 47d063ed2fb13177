package dev.civkit.client;

import dev.civkit.request.Frames;

/**
 * A success status with a body that is not the API's JSON (a gateway's page, nothing at all):
 * the answer cannot be used, and is most likely a proxy's doing, so it counts as transient.
 */
public final class UnreadableAnswerException extends RuntimeException {
    private final int status;
    private final String rawBody;

    UnreadableAnswerException(String operation, int status, String what, String rawBody) {
        super(operation + " answered HTTP " + status + " with " + what + "; try again in a little while");
        this.status = status;
        this.rawBody = rawBody;
    }

    public int status() {
        return status;
    }

    /** The body as it came, for a closer look; never part of the message. */
    public String rawBody() {
        return rawBody;
    }

    /** None unless frames are asked for: this reads as its message at the prompt ({@code CIVKIT_FRAMES=on} shows them). */
    @Override
    public StackTraceElement[] getStackTrace() {
        return Frames.of(super.getStackTrace());
    }
}
