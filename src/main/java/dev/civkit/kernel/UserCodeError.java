package dev.civkit.kernel;

/**
 * Carries a {@link Error} thrown by user code (StackOverflowError, AssertionError, ...). The base
 * kernel only turns {@link Exception}s into error replies, so errors travel wrapped; the trace
 * shown is the error's own, trimmed to user frames.
 */
final class UserCodeError extends RuntimeException {

    UserCodeError(Error cause) {
        super(cause.toString(), cause, false, true);
        setStackTrace(cause.getStackTrace());
    }
}
