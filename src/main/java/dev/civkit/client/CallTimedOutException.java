package dev.civkit.client;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A call ran into its overall deadline: the server was too slow, stalled, or kept trickling. */
final class CallTimedOutException extends UncheckedIOException {
    CallTimedOutException(String message, IOException cause) {
        super(message, cause == null ? new IOException("deadline reached") : cause);
    }
}
