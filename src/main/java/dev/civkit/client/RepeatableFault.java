package dev.civkit.client;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A connection that failed or a body that ended early: worth another try, unlike a stall, a crawl or a deadline. */
final class RepeatableFault extends UncheckedIOException {
    RepeatableFault(String message, IOException cause) {
        super(message, cause);
    }
}
