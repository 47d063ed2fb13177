package dev.civkit.kernel;

import java.util.UUID;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * Functions for notebook cells, statically imported by the kernel at start as in IJava:
 * {@code display}, {@code render}, {@code updateDisplay}, {@code clearOutput} and {@code eval}. They act on the kernel
 * currently running in this JVM and fail with an explanatory message outside a notebook.
 */
public final class Notebook {

    private Notebook() {
    }

    private static BaseKernel kernel() {
        return BaseKernel.notebookKernel();
    }

    /** Renders an object as the notebook would show it, without publishing it. */
    public static DisplayData render(Object value) {
        return render(value, new String[0]);
    }

    public static DisplayData render(Object value, String... mimes) {
        if (value instanceof DisplayData data) {
            return data;
        }
        return RichRendering.render(kernel().getRenderer(), value, mimes);
    }

    /** Shows {@code value} in the cell's output now; returns an id usable with {@link #updateDisplay}. */
    public static String display(Object value) {
        return display(value, new String[0]);
    }

    public static String display(Object value, String... mimes) {
        DisplayData data = new DisplayData(render(value, mimes));
        String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
        data.setDisplayId(id);
        kernel().display(data);
        return id;
    }

    /** Replaces an earlier {@link #display} output in place (Jupyter {@code update_display_data}). */
    public static void updateDisplay(String displayId, Object value) {
        updateDisplay(displayId, value, new String[0]);
    }

    public static void updateDisplay(String displayId, Object value, String... mimes) {
        DisplayData data = new DisplayData(render(value, mimes));
        kernel().getIO().display.updateDisplay(displayId, data);
    }

    /** Clears what the running cell has shown so far (Jupyter {@code clear_output}). */
    public static void clearOutput() {
        clearOutput(false);
    }

    /** As {@link #clearOutput()}; with {@code wait}, the output goes only when the next arrives, so a redraw does not flicker. */
    public static void clearOutput(boolean wait) {
        if (!(kernel() instanceof CivkitKernel civkit)) {
            throw new IllegalStateException("clearOutput() needs the civkit kernel");
        }
        civkit.clearOutput(wait);
    }

    /** Evaluates Java source in the notebook's scope and returns the value of its last expression, if any. */
    public static Object eval(String code) {
        return kernel().evalRaw(code);
    }
}
