package dev.civkit.widget;

import dev.civkit.it.PythonSuite;
import org.junit.jupiter.api.Test;

/**
 * Widgets as a person meets them: a slider, a button and an output in JupyterLab 4 in Chromium, moved by
 * keys and clicked, a throwing callback, a reload that restores them: src/test/python/widgets.
 */
class WidgetsInBrowserIT {
    @Test
    void slidersButtonsAndOutputsWorkInJupyterLab() throws Exception {
        PythonSuite.pytest("widgets", 900);
    }
}
