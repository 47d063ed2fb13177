package dev.civkit.client;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The service's timestamps: live ones carry seven fractional digits and sometimes an offset instead of Z. */
public final class Timestamps {
    private Timestamps() {}

    /** The instant a timestamp names, or null when there is none or it cannot be read. */
    public static Instant parse(String s) {
        if (s == null) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
