package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's build line, {@code mvn -q -B …}, says nothing when all is well: Debian's Maven 3.8
 * (with its Jansi 2.4) wrote colour resets (ESC[0m) into a pipe or log even in batch mode, which
 * .mvn/jvm.config turns off.
 */
class MavenQuietIT {
    @Test
    void quietBatchMavenWritesNoEscapesIntoAPipe() throws Exception {
        Processes.Result r = Processes.run(List.of("mvn", "-q", "-B", "-o", "validate"), Map.of(), null, 300);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("", r.out() + r.err(), "quiet and without escapes");
    }
}
