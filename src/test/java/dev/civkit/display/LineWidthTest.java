package dev.civkit.display;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A line redrawn in place fits the terminal it is drawn on; the width is read from stty's answer. */
@Tag("unit")
class LineWidthTest {
    @Test
    void aLongLineIsCutOneColumnShortOfTheTerminal() {
        String line = "waiting for wf_01M99CN55NBYE023KX94CNY9R7 | processing [####----------------]  17% | 3.0 s | outputs/wf_01";
        String fitted = LiveLine.fit(line, 80);
        assertEquals(79, fitted.length(), fitted);
        assertTrue(fitted.endsWith("..") && line.startsWith(fitted.substring(0, 77)), fitted);
        assertSame(line, LiveLine.fit(line, 200), "a line that fits is left alone");
        assertEquals("abc", LiveLine.fit("abc", 4));
        assertEquals("a..", LiveLine.fit("abcd", 4));
    }

    @Test
    void theColumnsAreStty() {
        assertEquals(Optional.of(80), Terminals.columnsOf("24 80\n"));
        assertEquals(Optional.of(213), Terminals.columnsOf("  50 213 "));
        assertEquals(Optional.empty(), Terminals.columnsOf("0 0\n"), "a pseudo-terminal nobody sized");
        assertEquals(Optional.empty(), Terminals.columnsOf("stty: 'standard input': Inappropriate ioctl for device"));
        assertEquals(Optional.empty(), Terminals.columnsOf(""));
    }
}
