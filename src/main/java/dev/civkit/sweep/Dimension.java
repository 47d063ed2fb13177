package dev.civkit.sweep;

import java.util.List;

/** One varied input field and the values it takes. */
record Dimension(String field, List<Object> values) {
    Dimension {
        values = List.copyOf(values);
    }
}
