package dev.civkit.kernel;

import dev.civkit.display.NotebookDisplay;
import dev.civkit.widget.WidgetKernel;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The display bridge's direct route into civkit's own kernel while it runs a cell; for a stock
 * JJava kernel with {@link JJavaExtension} installed, that extension's route.
 */
final class KernelDisplays implements WidgetKernel.Sink {
    private final CivkitKernel kernel;

    private KernelDisplays(CivkitKernel kernel) {
        this.kernel = kernel;
    }

    static NotebookDisplay.Target current() {
        BaseKernel k = BaseKernel.notebookKernel();
        if (k instanceof CivkitKernel civkit)
            return civkit.getIO().display.isAttached() ? NotebookDisplay.through(new KernelDisplays(civkit), civkit.shownThisCell()) : null;
        JJavaExtension extension = JJavaExtension.installedIn(k);
        return extension == null ? null : extension.displays(k);
    }

    @Override
    public void display(String displayId, Map<String, Object> bundle) {
        kernel.display(data(displayId, bundle));
    }

    @Override
    public void update(String displayId, Map<String, Object> bundle) {
        kernel.getIO().display.updateDisplay(displayId, data(displayId, bundle));
    }

    /** A bundle as jjava-jupyter display data, its null values left out, under {@code displayId}. */
    static DisplayData data(String displayId, Map<String, Object> bundle) {
        DisplayData d = new DisplayData();
        bundle.forEach((mime, value) -> {
            if (value != null) d.putData(mime, value);
        });
        d.setDisplayId(displayId);
        return d;
    }

    /** Registered as a service, so the display package finds these kernels without naming them. */
    public static final class Source implements NotebookDisplay.Source {
        @Override
        public NotebookDisplay.Target current() {
            return KernelDisplays.current();
        }
    }
}
