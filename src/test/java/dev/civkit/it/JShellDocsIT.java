package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TAB TAB in a real jshell (tmux), started as the README says, shows civkit's javadoc through the agent in
 * civkit.jar, and does not without it: JDK 17's JShell reads doc comments only from the JDK's src.zip
 * (see kernel/Javadocs), so the agent is what makes the difference.
 */
class JShellDocsIT {
    @TempDir
    Path tmp;

    private final Tmux tmux = new Tmux("docs");

    @AfterEach
    void stopTmux() throws Exception {
        tmux.close();
    }

    @Test
    void tabTabShowsCivkitsJavadocWithTheAgent() throws Exception {
        assertTrue(Files.isRegularFile(Path.of("target", "civkit-sources.jar")), "run 'mvn verify': the build writes target/civkit-sources.jar");
        startJShell("-J-XX:TieredStopAtLevel=1 -J-javaagent:target/civkit.jar ");

        String screen = documentation("workflow().imageGen(", "Adds an image generation step");
        // JShell's own formatting of the comment: its description, then each parameter and the return value.
        assertTrue(screen.contains("configured by the lambda: i -> i.engine(\"flux\").prompt(\"…\")"), screen);
        assertTrue(screen.contains("spec - sets the step's fields"), screen);
        assertTrue(screen.contains("this builder, for the next step"), screen);
        assertFalse(screen.contains("<no documentation found>"), screen);

        tmux.send("C-u");
        documentation("Civkit.workflow(", "Starts writing a new workflow.");
        tmux.send("Tab"); // JShell shows one overload's documentation at a time
        screen = tmux.waitFor(s -> s.contains("Reattaches to a workflow by id"), 30);
        assertTrue(screen.contains("workflowId - the id"), screen);
    }

    @Test
    void withoutTheAgentJShellFindsNoCivkitJavadoc() throws Exception {
        startJShell("");
        documentation("workflow().imageGen(", "<no documentation found>");
    }

    private void startJShell(String toolOptions) throws Exception {
        Processes.jar();
        String cmd = "cd " + Path.of("").toAbsolutePath() + " && exec env -u CIVITAI_API_TOKEN -u CIVITAI_BASE_URL "
                + Processes.jdkTool("jshell") + " " + toolOptions + "--startup jshell-startup.jsh";
        tmux.start(160, 60, List.of("CIVKIT_JOURNAL=" + tmp.resolve("journal.jsonl"), "CIVKIT_SANDBOX_STATE=off"), cmd);
        tmux.waitFor(s -> s.contains("jshell>"), 60);
    }

    /** Types {@code code}, TAB (the signatures), TAB again (the documentation), and waits for {@code expected}. */
    private String documentation(String code, String expected) throws Exception {
        String hint = "<press tab again to see documentation>";
        int hintsBefore = count(tmux.screen(), hint), expectedBefore = count(tmux.screen(), expected);
        tmux.send(code, "Tab");
        tmux.waitFor(s -> count(s, hint) > hintsBefore, 30);
        tmux.send("Tab");
        return tmux.waitFor(s -> count(s, expected) > expectedBefore, 30);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
