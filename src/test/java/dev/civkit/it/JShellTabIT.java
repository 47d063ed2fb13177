package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TAB in a real jshell (tmux), started as the README says, after a typed step lists the fields of the
 * model chosen: flux2 pro's step none of klein's sampler settings, klein's all of them.
 */
class JShellTabIT {
    @TempDir
    Path tmp;

    private final Tmux tmux = new Tmux("tab");

    @AfterEach
    void stopTmux() throws Exception {
        tmux.close();
    }

    @Test
    void tabAfterATypedStepListsOnlyItsModelsFields() throws Exception {
        Processes.jar();
        String cmd = "cd " + Path.of("").toAbsolutePath() + " && exec env -u CIVITAI_API_TOKEN -u CIVITAI_BASE_URL "
                + Processes.jdkTool("jshell") + " -J-XX:TieredStopAtLevel=1 -J-javaagent:target/civkit.jar --startup jshell-startup.jsh";
        tmux.start(200, 60, List.of("CIVKIT_JOURNAL=" + tmp.resolve("journal.jsonl"), "CIVKIT_SANDBOX_STATE=off"), cmd);
        tmux.waitFor(s -> s.contains("jshell>"), 60);

        String pro = listing("workflow().imageGen().flux2().pro().createImage().", "enablePromptExpansion(");
        for (String field : List.of("seed(", "size(", "prompt(", "quantity(", "whatif()"))
            assertTrue(pro.contains(field), field + " is offered on pro:\n" + pro);
        for (String klein : List.of("cfgScale(", "steps(", "sampleMethod(", "schedule(", "modelVersion(", "lora(", "guidanceScale(", "images("))
            assertFalse(pro.contains(klein), klein + " is not a flux2 pro field:\n" + pro);

        tmux.send("C-u");
        String klein = listing("workflow().imageGen().flux2().klein().createImage().", "sampleMethod(");
        for (String field : List.of("cfgScale(", "steps(", "schedule(", "modelVersion(", "lora(", "seed("))
            assertTrue(klein.contains(field), field + " is offered on klein:\n" + klein);
        assertFalse(klein.contains("guidanceScale("), klein);
    }

    /** Types {@code code} and TAB, and gives the list JShell prints between the typed line and the prompt it draws again under it. */
    private String listing(String code, String expected) throws Exception {
        tmux.send(code, "Tab");
        String screen = tmux.waitFor(s -> between(s, code).contains(expected), 30);
        return between(screen, code);
    }

    private static String between(String screen, String code) {
        int last = screen.lastIndexOf(code);
        int typed = last < 0 ? -1 : screen.lastIndexOf(code, last - 1);
        return typed < 0 ? "" : screen.substring(typed + code.length(), last);
    }
}
