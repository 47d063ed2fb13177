package dev.civkit.client;

import java.util.List;

/** ListServices' answer: one page of the catalogue and where it sits in the whole. */
public record ServicePage(List<Service> items, int totalCount, int limit, int offset) {
    public ServicePage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One service a line, for JShell. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        items.forEach(s -> sb.append(s).append('\n'));
        sb.append(items.size()).append(" of ").append(totalCount).append(" services");
        if (offset > 0) sb.append(" from ").append(offset);
        return sb.toString();
    }
}
