package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JShell tests run the jshell of the JDK they run on: in the jdk25 pass (pom.xml, {@code -Dcivkit.jdk25=DIR},
 * as .ci/run gives it) that JDK must be 25, so the pass cannot quietly test 17 twice.
 */
class JShellJdkIT {
    @Test
    void jshellIsTheJdkThisPassRunsOn() throws Exception {
        Processes.jar();
        int running = Runtime.version().feature();
        String expected = System.getProperty("civkit.expect.jdk");
        if (expected != null) assertEquals(Integer.parseInt(expected), running, "this pass's JVM");
        Processes.Result r = Processes.run(List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh"),
                Map.of("CIVKIT_SANDBOX_STATE", "off"), "System.out.println(\"JDK=\" + Runtime.version().feature())\n/exit\n", 300);
        assertTrue(r.out().contains("JDK=" + running), "jshell runs snippets on JDK " + running + ": " + r.out() + r.err());
    }
}
