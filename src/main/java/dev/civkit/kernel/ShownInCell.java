package dev.civkit.kernel;

import dev.civkit.display.NotebookDisplay;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The values on screen in the running cell, by identity, each with the text it was printed as and
 * its display: civkit's kernel and JJava's extension both ask it so a value await() already drew as
 * its card is not drawn again as the cell's result. Entries of an earlier cell are never answered.
 */
final class ShownInCell implements NotebookDisplay.Screen {
    private record Shown(int cell, String text, String displayId) {}

    private final Map<Object, Shown> shown = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The running cell's number; null when the kernel does not say (then nothing is remembered). */
    private final IntSupplier cell;

    ShownInCell(IntSupplier cell) {
        this.cell = cell;
    }

    @Override
    public void shownInCell(Object value, String text, String displayId) {
        if (cell == null || displayId == null) return;
        int now = cell.getAsInt();
        synchronized (shown) {
            shown.values().removeIf(s -> s.cell() != now);
            shown.put(value, new Shown(now, text, displayId));
        }
    }

    @Override
    public String shownAs(Object value, String text) {
        Shown s = shown.get(value);
        return s != null && cell != null && s.cell() == cell.getAsInt() && s.text().equals(text) ? s.displayId() : null;
    }

    /** Forgets everything: a new cell starts. */
    void clear() {
        shown.clear();
    }

    /** Forgets {@code value}: its display was emptied. */
    void forget(Object value) {
        shown.remove(value);
    }
}
