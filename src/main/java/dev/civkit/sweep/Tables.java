package dev.civkit.sweep;

import java.util.List;

/** Plain-text tables with padded columns, for JShell. */
final class Tables {
    private Tables() {}

    static String format(List<List<String>> rows) {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], r.get(c).length());
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            for (int c = 0; c < cols; c++) {
                sb.append(c == 0 ? "" : "  ").append(r.get(c));
                if (c < cols - 1) sb.append(" ".repeat(width[c] - r.get(c).length()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
