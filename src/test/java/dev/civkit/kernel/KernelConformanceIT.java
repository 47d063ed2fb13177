package dev.civkit.kernel;

import dev.civkit.it.PythonSuite;
import org.junit.jupiter.api.Test;

/**
 * The packaged kernel over the Jupyter protocol as jupyter_client speaks it: src/test/python/kernel, replies
 * checked against the message spec's shapes, and Jupyter's jupyter_kernel_test with Java samples when
 * JUPYTER_KERNEL_TEST_SRC points at a checkout of it.
 */
class KernelConformanceIT {
    @Test
    void kernelAnswersAsTheMessagingSpecSays() throws Exception {
        PythonSuite.pytest("kernel", 900);
    }
}
