package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sets an input field by name the way a person would with the typed setter of the same name, so a
 * sweep's values meet the same checks (ranges, enums, AIRs) as hand-written ones; a field the step
 * does not know is refused instead of being sent and silently ignored.
 */
final class Overrides {
    private Overrides() {}

    static void apply(StepBuilderImpl<?> step, String at, String field, Object value) {
        if (field.equals("size") && value instanceof CharSequence text && sized(step)) {
            // "832x1216": what a size menu or a sweep over sizes gives, through the builder's size(width, height).
            int[] wh = StepForm.size(text.toString());
            invoke(step, sizeSetter(step).orElseThrow(), wh[0], wh[1]);
            return;
        }
        Method setter = null;
        boolean named = false;
        for (Method m : setters(step)) {
            if (!m.getName().equals(field) || m.getParameterCount() != 1) continue;
            named = true;
            if (accepts(m.getParameterTypes()[0], value)) {
                setter = m;
                break;
            }
        }
        if (setter != null) {
            invoke(step, setter, convert(setter.getParameterTypes()[0], value));
        } else if (named) {
            throw new InvalidRequestException(at + ".input." + field, "cannot take " + describe(value) + " here");
        } else if (step instanceof GenericStepImpl || step.input.has(field)) {
            step.set(field, value);
        } else {
            throw new InvalidRequestException(at + ".input." + field, "is not an input of this " + step.type()
                    + " step (a typo?); its fields: " + fields(step));
        }
    }

    /**
     * Setters of the step's own input (declared by the builder or by a shared interface such as
     * FromImage), not name/priority/metadata and the like, which StepBuilder and TypedStep declare.
     */
    private static boolean isInputSetter(Method m) {
        Class<?> owner = m.getDeclaringClass();
        boolean builderOrMixin = StepBuilder.class.isAssignableFrom(owner) || owner.isInterface();
        return Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isBridge() && builderOrMixin
                && !List.of(StepBuilder.class, StepBuilderImpl.class, TypedStep.class, TypedStepImpl.class).contains(owner);
    }

    /**
     * The input setters a person can call on the step: those its public types declare. Its class may
     * hold more (one class serves every model of a family, and each model's type offers its own
     * fields), so the class's own methods are not asked. One method per signature.
     */
    static List<Method> setters(StepBuilderImpl<?> step) {
        Map<String, Method> out = new LinkedHashMap<>();
        for (Class<?> type : publicTypes(step.getClass(), new LinkedHashSet<>()))
            for (Method m : type.getMethods())
                if (m.getParameterCount() > 0 && isInputSetter(m)) out.putIfAbsent(m.getName() + Arrays.toString(m.getParameterTypes()), m);
        return List.copyOf(out.values());
    }

    private static Set<Class<?>> publicTypes(Class<?> k, Set<Class<?>> out) {
        for (Class<?> c = k; c != null; c = c.getSuperclass())
            for (Class<?> i : c.getInterfaces())
                if (Modifier.isPublic(i.getModifiers()) && out.add(i)) publicTypes(i, out);
        return out;
    }

    static Set<String> fields(StepBuilderImpl<?> step) {
        Set<String> names = new TreeSet<>();
        for (Method m : setters(step))
            if (m.getParameterCount() == 1) names.add(m.getName());
        step.input.propertyNames().forEach(names::add);
        return names;
    }

    private static boolean accepts(Class<?> p, Object v) {
        if (v == null) return !p.isPrimitive();
        if (p == int.class || p == long.class) return v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
        if (p == double.class || p == float.class) return v instanceof Number;
        if (p == boolean.class) return v instanceof Boolean;
        if (p == String.class) return v instanceof CharSequence;
        if (p.isEnum()) return p.isInstance(v) || (v instanceof CharSequence cs && enumConstant(p, cs.toString()) != null);
        return p.isInstance(v);
    }

    private static Object convert(Class<?> p, Object v) {
        if (p == int.class) return ((Number) v).intValue();
        if (p == long.class) return ((Number) v).longValue();
        if (p == double.class) return ((Number) v).doubleValue();
        if (p == float.class) return ((Number) v).floatValue();
        if (p == String.class) return v.toString();
        if (p.isEnum() && !p.isInstance(v)) return enumConstant(p, v.toString());
        return v;
    }

    /** An enum constant by its Java name or by the wire string it prints as. */
    private static Object enumConstant(Class<?> type, String text) {
        for (Object c : type.getEnumConstants())
            if (((Enum<?>) c).name().equalsIgnoreCase(text) || c.toString().equals(text)) return c;
        return null;
    }

    /** Whether the step takes a size as width and height: {@code size(int, int)}. */
    static boolean sized(StepBuilderImpl<?> step) {
        return sizeSetter(step).isPresent();
    }

    private static Optional<Method> sizeSetter(StepBuilderImpl<?> step) {
        return setters(step).stream()
                .filter(m -> m.getName().equals("size") && Arrays.equals(m.getParameterTypes(), new Class<?>[] {int.class, int.class})).findFirst();
    }

    private static void invoke(StepBuilderImpl<?> step, Method m, Object... args) {
        try {
            if (!m.canAccess(step)) m.setAccessible(true);
            m.invoke(step, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + m, e);
        }
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }
}
