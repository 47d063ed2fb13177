package dev.civkit.kernel;

import dev.civkit.display.NotebookDisplay;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/** The display bridge's direct route into civkit's own kernel, used only while one runs a cell. */
final class KernelDisplays implements NotebookDisplay.Target {
    private final CivkitKernel kernel;

    private KernelDisplays(CivkitKernel kernel) {
        this.kernel = kernel;
    }

    static NotebookDisplay.Target current() {
        return BaseKernel.notebookKernel() instanceof CivkitKernel k && k.getIO().display.isAttached() ? new KernelDisplays(k) : null;
    }

    @Override
    public void display(String displayId, Map<String, Object> bundle) {
        kernel.display(data(displayId, bundle));
    }

    @Override
    public void update(String displayId, Map<String, Object> bundle) {
        kernel.getIO().display.updateDisplay(displayId, data(displayId, bundle));
    }

    @Override
    public void shownInCell(Object value, String text) {
        kernel.noteShown(value, text);
    }

    private static DisplayData data(String displayId, Map<String, Object> bundle) {
        DisplayData d = new DisplayData();
        bundle.forEach((mime, value) -> {
            if (value != null) d.putData(mime, value);
        });
        d.setDisplayId(displayId);
        return d;
    }

    /** Registered as a service, so the display package finds this kernel without naming it. */
    public static final class Source implements NotebookDisplay.Source {
        @Override
        public NotebookDisplay.Target current() {
            return KernelDisplays.current();
        }
    }
}
