package dev.civkit.play;

import dev.civkit.it.PythonSuite;
import org.junit.jupiter.api.Test;

/**
 * The prompt playground and the sweep browser clicked through in JupyterLab 4 and Notebook 7 in Chromium, on
 * the packaged kernel: src/test/python/interactive.
 */
class InteractiveInBrowserIT {
    @Test
    void playgroundAndBrowserWorkAsAPersonClicksThem() throws Exception {
        PythonSuite.pytest("interactive", 1800);
    }
}
