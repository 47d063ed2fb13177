package dev.civkit.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** Unknown-field maps of the records: never null, so records compare and print sanely. */
final class Extra {
    private Extra() {}

    static Map<String, Object> normalise(Map<String, Object> extra) {
        return extra == null ? new LinkedHashMap<>() : extra;
    }
}
