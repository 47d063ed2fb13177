package dev.civkit.client;

import dev.civkit.request.Frames;

/** The calling thread was interrupted while a request was in flight; the request was canceled. */
public final class CallInterruptedException extends RuntimeException {
    public CallInterruptedException(String operation, InterruptedException cause) {
        super(operation + " was interrupted; the request was abandoned (a submitted workflow keeps running)", cause);
    }

    /** None unless frames are asked for: this reads as its message at the prompt ({@code CIVKIT_FRAMES=on} shows them). */
    @Override
    public StackTraceElement[] getStackTrace() {
        return Frames.of(super.getStackTrace());
    }
}
