package dev.civkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where bench finds the browser side, and how it turns the page's timings into rows and verdicts. */
@Tag("unit")
class InteractiveTimingTest {
    @TempDir
    Path dir;

    private Path executable(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void theFlagWinsOverTheEnvironmentWhichWinsOverTheProjectsVenv() throws Exception {
        Path flag = executable("flag-python"), named = executable("env-python"), chromium = executable("chromium");
        Path venv = Files.createDirectories(dir.resolve("project/target/venv/bin")).resolve("python");
        Files.copy(flag, venv);
        Map<String, String> env = Map.of(InteractiveTiming.PYTHON_ENV, named.toString(), InteractiveTiming.CHROMIUM_ENV, chromium.toString());
        assertEquals(flag, InteractiveTiming.find(flag.toString(), env, dir.resolve("project")).python());
        assertEquals(named, InteractiveTiming.find(null, env, dir.resolve("project")).python());
        InteractiveTiming.Browser fromVenv = InteractiveTiming.find(null, Map.of(InteractiveTiming.CHROMIUM_ENV, chromium.toString()), dir.resolve("project"));
        assertEquals(venv, fromVenv.python());
        assertEquals(chromium, fromVenv.chromium());
    }

    @Test
    void withoutAPythonOrChromiumTheRowsSayNotMeasuredAndHowToEnableThem() throws Exception {
        InteractiveTiming.Browser none = InteractiveTiming.find(null, Map.of(), dir);
        assertNull(none.python());
        assertTrue(none.why().contains("no Python at " + dir.resolve("target/venv/bin/python")) && none.why().contains(".ci/python-venv"), none.why());
        InteractiveTiming.Browser noChromium = InteractiveTiming.find(executable("python").toString(),
                Map.of(InteractiveTiming.CHROMIUM_ENV, dir.resolve("nowhere").toString()), dir);
        assertTrue(noChromium.why().contains("no Chromium at " + dir.resolve("nowhere")), noChromium.why());

        List<Result> rows = InteractiveTiming.run(Path.of("civkit.jar"), none, 3, 12);
        assertEquals(List.of(InteractiveTiming.GENERATE, InteractiveTiming.PRICE, InteractiveTiming.PAGE), rows.stream().map(Result::name).toList());
        for (Result r : rows) {
            assertTrue(r.met(), "a measure not taken fails no run");
            assertTrue(r.row().contains("| not measured | (<= ") && r.row().contains("| - | no Python at "), r.row());
        }
    }

    @Test
    void verdictsFollowTheMediansAgainstTheTargets() {
        String json = "{\"generate\": [1700, 1800, 1750], \"cell\": [1500, 1450, 1550], \"price\": [900, 180, 190, 210],"
                + " \"page\": [250, 280, 260], \"page_back\": [240, 230], \"cells\": 480, \"pages\": 10, \"thumbs\": 48}";
        List<Result> rows = InteractiveTiming.results(json, 2.5);
        Result generate = rows.get(0), price = rows.get(1), page = rows.get(2);
        assertEquals("click 1.75 s vs cell 1.50 s: +0.25 s", generate.measured());
        assertTrue(generate.met(), "0.25 s over the cell is within 0.3 s");
        assertTrue(price.met() && price.measured().startsWith("190 ms (p90 900 ms, 4 moves)"), price.measured());
        assertTrue(page.met() && page.measured().equals("260 ms next (p90 280 ms), 230 ms previous; 48 thumbnails a page"), page.measured());
        assertTrue(page.note().startsWith("a sweep of 480 cells, 10 pages") && page.note().endsWith("; load average 2.5 as this part began"), page.note());

        List<Result> slow = InteractiveTiming.results(json.replace("[1500, 1450, 1550]", "[1300, 1400, 1350]")
                .replace("[900, 180, 190, 210]", "[400, 310, 320]").replace("[250, 280, 260]", "[500, 301]"), 2.5);
        assertFalse(slow.get(0).met(), slow.get(0).measured());
        assertFalse(slow.get(1).met(), slow.get(1).measured());
        assertFalse(slow.get(2).met(), slow.get(2).measured());
        assertTrue(slow.get(0).row().contains("| MISSED |"), slow.get(0).row());
    }

    @Test
    void aTimingWithoutSamplesIsAFailureNotAVerdict() {
        assertThrows(IllegalStateException.class, () -> InteractiveTiming.results("{\"generate\": [1], \"cell\": [1], \"price\": [],"
                + " \"page\": [1], \"page_back\": [1]}", 1));
    }
}
