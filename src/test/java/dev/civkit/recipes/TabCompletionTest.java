package dev.civkit.recipes;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What TAB shows in JShell after the session's imports: each step of the DSL offers the next
 * sensible choices. Asked of JShell's own source analysis, as the JShell console and the kernel do.
 */
@Tag("unit")
class TabCompletionTest {
    static JShell shell;

    @BeforeAll
    static void start() throws Exception {
        shell = JShell.builder().executionEngine("local").out(new PrintStream(new ByteArrayOutputStream())).build();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) shell.addToClasspath(entry);
        String session;
        try (var in = TabCompletionTest.class.getResourceAsStream("/dev/civkit/session.jsh")) {
            session = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String line : session.lines().toList()) {
            if (line.startsWith("import")) shell.eval(line);
        }
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    static Set<String> tab(String code) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> s = shell.sourceCodeAnalysis().completionSuggestions(code, code.length(), anchor);
        return s.stream().map(SourceCodeAnalysis.Suggestion::continuation).map(c -> c.replaceAll("\\(.*", ""))
                .collect(Collectors.toSet());
    }

    @Test
    void workflowOffersStepTypesAndWorkflowVerbs() {
        Set<String> after = tab("workflow().");
        assertTrue(after.containsAll(Set.of("imageGen", "videoGen", "step", "tags", "whatif", "submit", "run", "toJson")), after.toString());
        for (String plumbing : List.of("attach", "stepCount", "templateWith", "stepIndex"))
            assertFalse(after.contains(plumbing), "the kit's own plumbing is not offered: " + after);
        Set<String> typed = tab("workflow().imageGen().sdcpp().sdxl().createImage().");
        assertFalse(typed.contains("attachTo"), typed.toString());
    }

    @Test
    void aBudgetOffersItsLimitNotItsBookkeeping() {
        Set<String> after = tab("budget().");
        assertTrue(after.containsAll(Set.of("limit", "clear", "spent", "remaining")), after.toString());
        for (String plumbing : List.of("reserve", "settle", "release"))
            assertFalse(after.contains(plumbing), "reservations are the session's business: " + after);
    }

    @Test
    void imageGenOffersEnginesThenEcosystemsThenOperations() {
        Set<String> engines = tab("workflow().imageGen().");
        assertTrue(engines.containsAll(Set.of("sdcpp", "comfy", "flux2", "openai", "google", "gemini", "seedream")), engines.toString());
        Set<String> ecosystems = tab("workflow().imageGen().sdcpp().");
        assertTrue(ecosystems.containsAll(Set.of("sd1", "sdxl", "flux1", "qwen")), ecosystems.toString());
        Set<String> ops = tab("workflow().imageGen().sdcpp().sdxl().");
        assertTrue(ops.contains("createImage"), ops.toString());
        assertFalse(ops.contains("submit"), "an operation must be chosen before the step can run: " + ops);
        Set<String> fields = tab("workflow().imageGen().sdcpp().sdxl().createImage().");
        assertTrue(fields.containsAll(Set.of("prompt", "model", "width", "seed", "then", "whatif", "submit", "toJson")), fields.toString());
    }

    @Test
    void theLambdaFormOffersTheImageGenFields() {
        Set<String> fields = tab("workflow().imageGen(i -> i.");
        assertTrue(fields.containsAll(Set.of("engine", "prompt", "size", "seed", "cfgScale", "quantity", "lora", "name")), fields.toString());
    }

    @Test
    void aHandleOffersWaitingAndOutputs() {
        shell.eval("WorkflowHandle h = null;");
        Set<String> verbs = tab("h.");
        assertTrue(verbs.containsAll(Set.of("await", "show", "download", "cancel", "json", "outputs", "refresh")), verbs.toString());
    }
}
