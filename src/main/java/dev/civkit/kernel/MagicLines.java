package dev.civkit.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a cell's magics are: a {@code %%name} first line makes the whole cell a cell magic; otherwise
 * lines starting with {@code %} are line magics between runs of Java, which keep their line numbers.
 */
final class MagicLines {

    /** A cell magic: the name and arguments from its {@code %%} line, the rest of the cell as its body. */
    record CellMagic(String name, List<String> args, String body) {}

    /** A run of a cell: Java source starting on a (1-based) cell line, or one line magic's words. */
    sealed interface Part permits Java, LineMagic {}

    record Java(String source, int firstLine) implements Part {}

    record LineMagic(String name, List<String> args) implements Part {}

    private MagicLines() {
    }

    static boolean isCellMagic(String code) {
        return code.stripLeading().startsWith("%%");
    }

    /** The cell magic the cell is, or null when it is not one. */
    static CellMagic cellMagic(String code) {
        if (!isCellMagic(code)) return null;
        String trimmed = code.stripLeading();
        int nl = trimmed.indexOf('\n');
        String header = nl < 0 ? trimmed.substring(2) : trimmed.substring(2, nl);
        String body = nl < 0 ? "" : trimmed.substring(nl + 1);
        List<String> words = CivkitMagics.words(header);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("cell magic name missing after %%");
        }
        return new CellMagic(words.get(0), words.subList(1, words.size()), body);
    }

    /** The cell's runs of Java and its line magics, in order; blank runs and a bare {@code %} are left out. */
    static List<Part> parts(String code) {
        List<Part> parts = new ArrayList<>();
        List<String> lines = code.lines().toList();
        StringBuilder chunk = new StringBuilder();
        int chunkStart = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isLineMagic(line)) {
                if (!chunk.toString().isBlank()) parts.add(new Java(chunk.toString(), chunkStart));
                chunk.setLength(0);
                chunkStart = i + 2;
                List<String> words = CivkitMagics.words(line.stripLeading().substring(1));
                if (!words.isEmpty()) parts.add(new LineMagic(words.get(0), words.subList(1, words.size())));
            } else {
                chunk.append(line).append('\n');
            }
        }
        if (!chunk.toString().isBlank()) parts.add(new Java(chunk.toString(), chunkStart));
        return parts;
    }

    private static boolean isLineMagic(String line) {
        String s = line.stripLeading();
        return s.startsWith("%") && !s.startsWith("%%");
    }

    /** The cell with its magic lines blanked (same length, so offsets still match). */
    static String blanked(String code) {
        StringBuilder b = new StringBuilder(code.length());
        for (String l : code.split("\n", -1)) {
            if (b.length() > 0) b.append('\n');
            b.append(l.stripLeading().startsWith("%") ? " ".repeat(l.length()) : l);
        }
        return b.toString();
    }

    /** The magic name typed so far when the cursor ends a {@code %cla} or {@code %%ti} line, else null. */
    static TypedName typedName(String code, int at) {
        int lineStart = code.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        String line = code.substring(lineStart, at).stripLeading();
        if (!line.startsWith("%") || line.contains(" ")) return null;
        boolean cell = line.startsWith("%%");
        return new TypedName(line.substring(cell ? 2 : 1), cell);
    }

    record TypedName(String prefix, boolean cell) {}

    /** A cell that asks for a name's documentation: {@code Math.abs?}, {@code ?Math.abs}, {@code sb??} (more detail). */
    record Help(String name, boolean detail) {}

    /** The documentation the cell asks for, or null when it is code (a Java line never ends with {@code ?}). */
    static Help help(String code) {
        String s = code.strip();
        if (s.isEmpty() || s.contains("\n") || s.startsWith("%")) return null;
        boolean detail = s.endsWith("??") || s.startsWith("??");
        String name = s.endsWith("?") ? s.replaceAll("\\?+$", "") : s.startsWith("?") ? s.replaceAll("^\\?+", "") : null;
        if (name == null || name.isBlank() || name.contains("?") || name.contains(";")) return null;
        return new Help(name.strip(), detail);
    }
}
