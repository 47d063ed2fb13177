package dev.civkit.dsl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every object a person reaches by TAB from {@code workflow()} prints what it is, never
 * {@code Class@hash}: walks each public no-argument call that returns a civkit type, as JShell shows
 * each intermediate value of a chain.
 */
@Tag("unit")
class ToStringWalkTest {
    private static final Pattern IDENTITY = Pattern.compile("^[\\w.$]+@[0-9a-f]+$");

    @Test
    void everyValueOnTheWayFromWorkflowPrintsWhatItIs() {
        Set<Class<?>> seen = new HashSet<>();
        List<String> bad = new ArrayList<>();
        walk(new WorkflowBuilder(null), "workflow()", seen, bad, 0);
        assertTrue(seen.size() > 40, "the walk reached only " + seen.size() + " types: " + seen);
        assertTrue(bad.isEmpty(), "printed as Class@hash: " + bad);
    }

    @Test
    void aChooserNamesItselfAndWhatComesNext() {
        String s = new WorkflowBuilder(null).imageGen().toString();
        assertTrue(s.startsWith("imageGen: choose an engine | next: "), s);
        assertTrue(s.contains("sdcpp()") && s.contains("flux2()") && s.contains("openai()"), s);
        assertFalse(s.contains("toString"), s);
        String ops = new WorkflowBuilder(null).imageGen().gemini().toString();
        assertTrue(ops.contains("createImage()") && ops.contains("editImage()"), ops);
    }

    private static void walk(Object value, String path, Set<Class<?>> seen, List<String> bad, int depth) {
        if (value == null || !seen.add(value.getClass()) || depth > 6) return;
        String text = value.toString();
        if (IDENTITY.matcher(text).matches()) bad.add(path + " -> " + text);
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) continue;
            if (!m.getReturnType().getName().startsWith("dev.civkit.dsl")) continue;
            Object next;
            try {
                next = m.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue; // a step that needs a field first, or built on its own: not a value JShell would show
            }
            walk(next, path + "." + m.getName() + "()", seen, bad, depth + 1);
        }
    }
}
