package dev.civkit.notebook;

import dev.civkit.it.PythonSuite;
import org.junit.jupiter.api.Test;

/**
 * Every notebook executed by nbclient on the packaged kernel, then opened in JupyterLab 4 and Notebook 7
 * in Chromium, where every image in their outputs must decode: src/test/python/notebooks.
 */
class NotebooksInBrowserIT {
    @Test
    void everyImageDecodesInJupyterLabAndNotebook7() throws Exception {
        PythonSuite.pytest("notebooks", 1500);
    }
}
