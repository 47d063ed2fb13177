package dev.civkit.dsl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a chooser in a typed chain prints in JShell: what it is and the calls that can come next, so
 * {@code workflow().imageGen()} shows the engines rather than {@code ImageGenEngines@64d2d351}.
 * Read from the class itself, so a new choice is listed without touching this.
 */
final class Choices {
    private Choices() {}

    static String of(Object chooser, String what) {
        String next = Arrays.stream(chooser.getClass().getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .filter(m -> !m.getName().equals("toString"))
                .map(Choices::call)
                .distinct()
                .sorted()
                .collect(Collectors.joining(" "));
        return what + " | next: " + next;
    }

    private static String call(Method m) {
        return m.getName() + (m.getParameterCount() == 0 ? "()" : "(…)");
    }
}
