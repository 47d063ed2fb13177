package dev.civkit.kernel;

/** A magic used wrongly (unknown name, bad arguments): reported as its one line, no stack frames. */
final class MagicUsageException extends RuntimeException {
    MagicUsageException(String message) {
        super(message, null, false, false);
    }
}
