package dev.civkit.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One combination of a sweep: the varied input values, in the order the dimensions were added. */
public record Cell(int index, Map<String, Object> values) {
    public Cell {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String field) {
        return values.get(field);
    }

    /** "prompt=a cat, seed=2": the caption of this cell in tables and contact sheets. */
    public String label() {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(", ", parts);
    }

    @Override
    public String toString() {
        return "#" + index + " " + label();
    }
}
