package dev.civkit.recipes;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.dsl.StepRef;
import dev.civkit.dsl.TypedStep;
import dev.civkit.dsl.WorkflowBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.util.TreeMap;
import java.util.stream.Stream;
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
        return continuations(code).stream().map(c -> c.replaceAll("\\(.*", "")).collect(Collectors.toSet());
    }

    /** The continuations TAB offers as JShell gives them: {@code seed(} for a method taking arguments, {@code then()} for one without. */
    static Set<String> continuations(String code) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> s = shell.sourceCodeAnalysis().completionSuggestions(code, code.length(), anchor);
        return s.stream().map(SourceCodeAnalysis.Suggestion::continuation).collect(Collectors.toSet());
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

    /**
     * TAB after each typed step, reached by every chooser chain a person can type from
     * {@code workflow().}, offers exactly the setters TypedSchemaTest calls and checks against the
     * step's official type: a setter narrowed away is not offered, and what dsl-offers.txt lists is
     * what TAB still offers. What each chain offers is written to target/tab-offers.txt, to compare
     * before and after a change.
     */
    @Test
    void eachTypedStepOffersOnTabExactlyTheSettersItsTypeIsCheckedFor() throws Exception {
        Set<String> objects = Stream.of(Object.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
        Map<String, Class<?>> leaves = new TreeMap<>();
        explore(new WorkflowBuilder(null), WorkflowBuilder.class, "workflow()", leaves, new TreeMap<>());
        assertTrue(leaves.size() > 60, "the chooser graph was walked: " + leaves.keySet());
        StringBuilder record = new StringBuilder();
        List<String> wrong = new ArrayList<>();
        leaves.forEach((chain, builder) -> {
            Set<String> offered = continuations(chain + ".").stream()
                    .filter(c -> c.endsWith("(")).map(c -> c.substring(0, c.length() - 1))
                    .filter(n -> !TypedSchemaTest.COMMON.contains(n) && !objects.contains(n))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> checked = TypedSchemaTest.setters(builder).stream().map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            record.append(chain).append(". ").append(offered).append('\n');
            if (!offered.equals(checked)) wrong.add(chain + ". offers " + offered + " but its class is checked for " + checked);
        });
        Files.writeString(Path.of("target/tab-offers.txt"), record);
        assertEquals(List.of(), wrong);
    }

    /**
     * TAB after each chooser ({@code workflow().imageGen()}, {@code .flux2()}, {@code .klein()}, …)
     * offers its next choices and nothing of the kit's plumbing: exactly the public methods its type
     * declares, besides Object's. Written to target/tab-choosers.txt, to compare before and after a change.
     */
    @Test
    void eachChooserOffersOnTabItsNextChoicesOnly() throws Exception {
        Set<String> objects = Stream.of(Object.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
        Map<String, Class<?>> choosers = new TreeMap<>();
        explore(new WorkflowBuilder(null), WorkflowBuilder.class, "workflow()", new TreeMap<>(), choosers);
        choosers.remove("workflow()");
        assertTrue(choosers.size() > 25, "the chooser graph was walked: " + choosers.keySet());
        StringBuilder record = new StringBuilder();
        List<String> wrong = new ArrayList<>();
        choosers.forEach((chain, type) -> {
            Set<String> offered = continuations(chain + ".").stream().map(c -> c.replaceAll("\\(.*", ""))
                    .filter(n -> !objects.contains(n)).collect(Collectors.toCollection(TreeSet::new));
            Set<String> declared = Stream.of(type.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName).filter(n -> !objects.contains(n)).collect(Collectors.toCollection(TreeSet::new));
            record.append(chain).append(". ").append(new TreeSet<>(continuations(chain + "."))).append('\n');
            if (offered.isEmpty() || !offered.equals(declared)) wrong.add(chain + ". offers " + offered + " but " + type.getSimpleName() + " declares " + declared);
        });
        Files.writeString(Path.of("target/tab-choosers.txt"), record);
        assertEquals(List.of(), wrong);
    }

    /**
     * Follows every public method without arguments that leads to a chooser or a typed step (a chain a
     * builder refuses is left out), keeping each step's class and each chooser's type by its chain.
     */
    private static void explore(Object at, Class<?> type, String chain, Map<String, Class<?>> leaves, Map<String, Class<?>> choosers) {
        if (at instanceof TypedStep<?>) {
            leaves.put(chain, at.getClass());
            return;
        }
        choosers.put(chain, type);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) continue;
            Class<?> next = m.getReturnType();
            boolean generic = m.getGenericReturnType() instanceof TypeVariable<?>; // CreateOrEdit<T>.createImage(): the step itself
            if (!generic && !next.getPackageName().equals("dev.civkit.dsl") || next == WorkflowBuilder.class || next.isEnum() || next.isRecord()
                    || next == StepRef.class) continue;
            Object made;
            try {
                made = m.invoke(at);
            } catch (InvocationTargetException refused) {
                continue; // dallE3().editImage(): a chain no one can type
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            explore(made, generic ? made.getClass() : next, chain + "." + m.getName() + "()", leaves, choosers);
        }
    }

    @Test
    void aHandleOffersWaitingAndOutputs() {
        shell.eval("WorkflowHandle h = null;");
        Set<String> verbs = tab("h.");
        assertTrue(verbs.containsAll(Set.of("await", "show", "download", "cancel", "json", "outputs", "refresh")), verbs.toString());
    }
}
