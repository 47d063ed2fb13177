package dev.civkit.dsl;

/** Step scheduling priority, as the API spells it. */
public enum Priority {
    LOW, NORMAL, HIGH;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
