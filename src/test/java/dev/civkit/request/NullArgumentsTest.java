package dev.civkit.request;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.Civkit;
import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The null rule across the user-facing API, found by reflection rather than listed: every public
 * method of Civkit's verbs, the workflow builder, every typed step builder reachable from it, the
 * session, a workflow handle and a workflow list is called with null for each object parameter.
 * Each call either accepts null (as "unset") or refuses it with an InvalidRequestException naming
 * the parameter or field; none throws a NullPointerException or anything else, and none sends a
 * request.
 */
class NullArgumentsTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    private static final Set<String> SKIP = Set.of("toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait",
            // these run or wait on purpose, and are covered by their own tests
            "close", "await", "show", "download", "run", "submit", "whatif", "cancel", "webhooks");

    /**
     * The verbs on this test's own session ({@code Civkit.on}), not the JVM-wide one: the static verbs
     * are the same default methods on the default session, and other tests in this JVM use that.
     */
    @Test
    void civkitVerbsRefuseNullNamingTheParameter() {
        List<String> problems = new ArrayList<>();
        dev.civkit.WithCivkit civkit = Civkit.on(fx.session);
        for (Method m : dev.civkit.WithCivkit.class.getMethods())
            if (!Modifier.isStatic(m.getModifiers()) && m.isDefault() && !SKIP.contains(m.getName())) callWithNulls(civkit, m, problems);
        for (String entry : List.of("on", "use"))
            for (Method m : Civkit.class.getMethods())
                if (m.getName().equals(entry)) callWithNulls(null, m, problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void builderAndEveryReachableStepBuilderRefuseNull() {
        Set<String> problems = new java.util.LinkedHashSet<>();
        int classes = 0;
        Map<Class<?>, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.add(fx.workflow());
        while (!todo.isEmpty()) {
            Object o = todo.poll();
            if (seen.put(o.getClass(), true) != null) continue;
            classes++;
            for (Method m : userMethods(o.getClass())) {
                if (Modifier.isStatic(m.getModifiers()) || SKIP.contains(m.getName())) continue;
                // A fresh owner per call so one refusal cannot leave state for the next call.
                Object target = reach(o.getClass());
                if (target == null) continue;
                if (m.getParameterCount() == 0) {
                    if (m.getReturnType().getPackageName().equals("dev.civkit.dsl") && !m.getReturnType().isEnum()) {
                        try {
                            Object next = m.invoke(target);
                            if (next != null) {
                                todo.add(next);
                                paths.putIfAbsent(next.getClass(), pathTo(target.getClass(), m));
                            }
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            // a getter that needs more setup: not a null problem
                        }
                    }
                    continue;
                }
                callWithNulls(target, m, problems);
            }
        }
        assertTrue(classes > 30, "expected to reach the typed builders, reached " + classes);
        // The lambda-configured imageGen step is reached through its lambda.
        for (Method m : dev.civkit.dsl.ImageGen.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || SKIP.contains(m.getName()) || m.getParameterCount() == 0) continue;
            fx.workflow().imageGen(i -> callWithNulls(i, m, problems));
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    void sessionHandleAndListRefuseNull() {
        WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("a cat")).submit();
        List<String> problems = new ArrayList<>();
        dev.civkit.WithCivkit civkit = Civkit.on(fx.session);
        Object sweep = civkit.sweep(fx.workflow().imageGen(i -> i.engine("flux").prompt("a cat").size(64, 64)));
        for (Object target : List.of(fx.session, h, fx.session.workflows(), sweep, civkit.jsonPatch(), civkit.budget(), civkit.history()))
            for (Method m : userMethods(target.getClass()))
                if (!Modifier.isStatic(m.getModifiers()) && !SKIP.contains(m.getName()) && m.getParameterCount() > 0
                        && !m.getName().startsWith("with")) // with…(x) makes a new session; covered by Civkit's verbs
                    callWithNulls(target, m, problems);
        assertEquals(List.of(), problems);
    }

    /** What a user can call: a public class's methods, or those of the public interfaces an implementation stands behind. */
    private static List<Method> userMethods(Class<?> type) {
        if (Modifier.isPublic(type.getModifiers())) return List.of(type.getMethods());
        List<Method> out = new ArrayList<>();
        for (Class<?> i : type.getInterfaces()) out.addAll(userMethods(i));
        return out;
    }

    /** How each builder class was reached from workflow(): a chain of no-argument calls. */
    private final Map<Class<?>, List<Method>> paths = new IdentityHashMap<>();

    private List<Method> pathTo(Class<?> from, Method m) {
        List<Method> p = new ArrayList<>(paths.getOrDefault(from, List.of()));
        p.add(m);
        return p;
    }

    private Object reach(Class<?> type) {
        Object o = fx.workflow();
        for (Method m : paths.getOrDefault(type, List.of())) {
            try {
                o = m.invoke(o);
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        return o;
    }

    private static void callWithNulls(Object target, Method m, java.util.Collection<String> problems) {
        Class<?>[] ps = m.getParameterTypes();
        for (int k = 0; k < ps.length; k++) {
            if (ps[k].isPrimitive()) continue;
            Object[] args = new Object[ps.length];
            for (int j = 0; j < ps.length; j++) args[j] = j == k ? null : sample(ps[j]);
            long before = fx.sandbox.requestCount();
            String call = m.getDeclaringClass().getSimpleName() + "." + m.getName() + " arg " + k + " of " + List.of(ps);
            try {
                m.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable t = e.getCause();
                if (!(t instanceof IllegalArgumentException) || t.getMessage() == null || t.getMessage().isBlank())
                    problems.add(call + " threw " + t);
                else if (t instanceof InvalidRequestException ire && ire.field().isBlank())
                    problems.add(call + " names no field: " + t.getMessage());
                if (fx.sandbox.requestCount() != before) problems.add(call + " was refused but sent a request first");
            } catch (IllegalAccessException e) {
                problems.add(call + " " + e);
            }
        }
    }

    /** A harmless non-null value for the other parameters, so each call tests one null at a time. */
    private static Object sample(Class<?> p) {
        if (p == int.class) return 1;
        if (p == long.class) return 1L;
        if (p == short.class) return (short) 1;
        if (p == byte.class) return (byte) 1;
        if (p == char.class) return 'x';
        if (p == double.class) return 1.0;
        if (p == float.class) return 1.0f;
        if (p == boolean.class) return false;
        if (p == String.class) return "x";
        if (p == Object.class) return "x";
        if (p.isArray()) return java.lang.reflect.Array.newInstance(p.getComponentType(), 0);
        if (p == Map.class) return Map.of();
        if (p == List.class) return List.of();
        if (p == java.util.function.Consumer.class) return (java.util.function.Consumer<Object>) x -> {};
        return null;
    }
}
