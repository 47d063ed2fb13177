package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.junit.jupiter.api.Test;

/** The kernel's start-up wiring, against the jjava-jupyter civkit is built with. */
class KernelMainTest {
    @Test
    void shellAndControlAreCivkitsPromptChannels() throws Exception {
        var props = TrainingClient.connectionProperties();
        JupyterConnection connection = new JupyterConnection(props);
        try {
            assertNotNull(PromptChannel.installIn(connection, props), "jjava-jupyter no longer keeps its shell and control channels where civkit replaces them");
        } finally {
            connection.close();
        }
    }
}
