package dev.civkit.kernel;

import dev.civkit.it.PythonSuite;
import org.junit.jupiter.api.Test;

/** TAB, Shift-TAB and Contextual Help typed into JupyterLab 4 (and TAB into Notebook 7) in Chromium: src/test/python/kernel_in_lab. */
class KernelInJupyterLabIT {
    @Test
    void tabAndShiftTabWhereFingersExpectThem() throws Exception {
        PythonSuite.pytest("kernel_in_lab", 900);
    }
}
