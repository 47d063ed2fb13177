package dev.civkit.dsl;

import java.util.Locale;

/** Step scheduling priority, as the API spells it. */
public enum Priority {
    LOW, NORMAL, HIGH;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
