package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.junit.jupiter.api.Test;

/** The kernel's start-up wiring, against the jjava-jupyter civkit is built with. */
class KernelMainTest {
    @Test
    void theControlChannelIsPolledSoonerThanJJavaJupytersFiftyMilliseconds() throws Exception {
        JupyterConnection connection = new JupyterConnection(TrainingClient.connectionProperties());
        try {
            assertTrue(KernelMain.answerControlSooner(connection), "jjava-jupyter's control channel no longer keeps its pace where civkit sets it");
        } finally {
            connection.close();
        }
    }
}
