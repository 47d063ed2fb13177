package dev.civkit.display;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The plain-line rule for output that is not a terminal, on readings the test chooses: an hour of progress in no time. */
@Tag("unit")
class PlainProgressLinesTest {
    static final long S = 1_000_000_000L;

    /** A piece of work whose numbers the test sets. */
    static final class Work implements LiveLine.Source {
        double fraction = -1;
        String state = "queued";
        String note;
        long at;

        @Override
        public String line() {
            return state + " " + Math.round(Math.max(0, fraction) * 100) + "% at " + at / S + " s";
        }

        @Override
        public String state() {
            return state;
        }

        @Override
        public double fraction() {
            return fraction;
        }

        @Override
        public String note() {
            String n = note;
            note = null;
            return n;
        }
    }

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final Work work = new Work();
    final LiveLine line = LiveLine.plain(new PrintStream(bytes, true, StandardCharsets.UTF_8), work);

    void at(long seconds) {
        work.at = seconds * S;
        line.check(work.at);
    }

    List<String> lines() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), text);
        return text.lines().toList();
    }

    @Test
    void aTenthIsALineButNeverTwoWithinTheGap() {
        at(0);
        for (int s = 1; s <= 100; s++) {
            work.fraction = s / 100.0; // 1 % a second
            at(s);
        }
        List<String> l = lines();
        assertEquals("queued 0% at 0 s", l.get(0));
        // one line per tenth, each 10 s apart here, nothing between
        assertEquals(11, l.size(), l.toString());
        assertEquals("queued 100% at 100 s", l.get(10));
    }

    @Test
    void aFastJobStillWaitsTheGapBetweenLines() {
        at(0);
        for (int s = 1; s <= 10; s++) {
            work.fraction = s / 10.0; // a tenth a second
            at(s);
        }
        assertEquals(List.of("queued 0% at 0 s", "queued 50% at 5 s", "queued 100% at 10 s"), lines());
    }

    @Test
    void aQuietHourIsALineEveryHalfMinuteAndAStateChangeIsALineAtOnce() {
        at(0);
        for (int s = 1; s <= 3600; s++) at(s);
        assertEquals(121, lines().size(), "one at the start and one each 30 s");
        work.state = "processing";
        at(3601);
        List<String> l = lines();
        assertEquals("processing 0% at 3601 s", l.get(l.size() - 1), "a new state is said at once, whatever the gap");
    }

    @Test
    void aNoteIsItsOwnLine() {
        at(0);
        work.note = "files will be saved in outputs/wf_x";
        at(1);
        assertEquals(List.of("queued 0% at 0 s", "files will be saved in outputs/wf_x"), lines());
    }
}
