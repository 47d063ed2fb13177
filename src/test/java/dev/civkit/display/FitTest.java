package dev.civkit.display;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.Workflow;
import dev.civkit.json.Json;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Values stay within what JShell shows whole: 80 characters for a var, 1000 for an expression. */
@Tag("unit")
class FitTest {
    static final String ID = "wf_01M8HTMTA8A2ABTC54RDTQKZVZ";

    static Workflow wf(String status, String steps, String extra) {
        return Workflow.fromJson("{\"id\":\"" + ID + "\",\"status\":\"" + status + "\",\"createdAt\":\"2026-12-03T10:00:00Z\","
                + "\"completedAt\":\"2026-12-03T10:00:09Z\",\"cost\":{\"total\":129}" + extra + ",\"steps\":[" + steps + "]}");
    }

    static String step(String type, int images) {
        StringBuilder out = new StringBuilder("{\"$type\":\"" + type + "\",\"status\":\"succeeded\",\"output\":{\"images\":[");
        for (int i = 0; i < images; i++) out.append(i == 0 ? "" : ",").append("{\"id\":\"b").append(i).append(".jpg\",\"url\":\"http://x/b").append(i).append(".jpg\"}");
        return out.append("]}}").toString();
    }

    @Test
    void aHandlesLineFitsAVarAndKeepsTheIdAndStatus() {
        List<Workflow> cases = List.of(
                wf("succeeded", step("imageGen", 1), ""),
                wf("succeeded", String.join(",", step("imageGen", 4), step("imageUpscaler", 4), step("convertImage", 4), step("imageBackgroundRemoval", 4)), ""),
                wf("failed", "{\"$type\":\"videoGen\",\"status\":\"failed\",\"output\":{\"errors\":[\"" + "the provider said no ".repeat(10) + "\"]}}", ""),
                wf("succeeded", "{\"$type\":\"imageGen\",\"status\":\"succeeded\",\"output\":{}}", ""));
        for (Workflow w : cases) {
            String brief = StatusLine.brief(w, null, null);
            assertTrue(brief.length() <= Fit.VAR, brief.length() + ": " + brief);
            assertTrue(brief.startsWith(ID + " " + w.status()), brief);
            String full = StatusLine.of(w);
            if (full.length() <= Fit.VAR) assertEquals(full, brief, "a line that fits is not changed");
        }
        String failed = StatusLine.brief(cases.get(2), null, null);
        assertTrue(failed.contains("the provider") && failed.endsWith("..."), "a reason is kept as far as it fits: " + failed);
        assertTrue(StatusLine.brief(cases.get(1), null, null).contains("imageGen +3"), "steps are counted, not cut mid-word");
    }

    @Test
    void orSummaryKeepsTextJShellShowsWhole() {
        assertEquals("short", Fit.orSummary("short", "summary"));
        assertEquals("summary", Fit.orSummary("x".repeat(Fit.VALUE + 1), "summary"));
        assertFalse(Fit.printIfLong(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), "short"));
    }
}
