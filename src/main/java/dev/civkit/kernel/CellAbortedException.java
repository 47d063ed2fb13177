package dev.civkit.kernel;

/** A cell stopped from outside: an interrupt request, or the configured timeout ran out. */
final class CellAbortedException extends RuntimeException {

    CellAbortedException(String message) {
        super(message, null, false, false);
    }
}
