package dev.civkit.sandbox;

import java.util.Locale;

/** Workflow, step and job statuses as they appear on the wire. */
enum Status {
    UNASSIGNED, PREPARING, SCHEDULED, PROCESSING, SUCCEEDED, FAILED, EXPIRED, CANCELED;

    boolean terminal() { return ordinal() >= SUCCEEDED.ordinal(); }

    String wire() { return name().toLowerCase(Locale.ROOT); }
}
