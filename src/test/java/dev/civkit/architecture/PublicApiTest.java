package dev.civkit.architecture;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * civkit's public API, recorded in {@code src/main/api/civkit.api} and compared here: a type or
 * member that becomes public, or stops being, is a decision made in that file, not an accident.
 * After a deliberate change: {@code mvn test -Dtest=PublicApiTest -Dcivkit.api.update=true}, then
 * review the file's diff.
 */
@Tag("unit")
class PublicApiTest {
    private static final Path RECORD = Path.of("src/main/api/civkit.api");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void thePublicApiIsTheRecordedOne() throws IOException {
        List<String> now = signatures();
        if (Boolean.getBoolean("civkit.api.update")) {
            Files.write(RECORD, now, StandardCharsets.UTF_8);
            return;
        }
        List<String> recorded = Files.exists(RECORD) ? Files.readAllLines(RECORD, StandardCharsets.UTF_8) : List.of();
        TreeSet<String> added = new TreeSet<>(now), removed = new TreeSet<>(recorded);
        added.removeAll(recorded);
        removed.removeAll(now);
        if (added.isEmpty() && removed.isEmpty()) return;
        StringBuilder b = new StringBuilder("the public API differs from " + RECORD + " (if intended: mvn test -Dtest=PublicApiTest -Dcivkit.api.update=true)");
        added.forEach(s -> b.append("\n+ ").append(s));
        removed.forEach(s -> b.append("\n- ").append(s));
        fail(b.toString());
    }

    /** One line a public type and one a public or protected member, sorted: a diff reads as what changed. */
    static List<String> signatures() throws IOException {
        TreeSet<String> lines = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(CLASSES.resolve("dev/civkit"))) {
            files = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path f : files) {
            String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> c;
            try {
                c = Class.forName(name, false, PublicApiTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
            if (!visible(c)) continue;
            String type = c.getName();
            lines.add(type + " : " + kind(c) + Modifier.toString(c.getModifiers() & ~Modifier.INTERFACE & ~Modifier.STATIC));
            for (Constructor<?> k : c.getDeclaredConstructors())
                if (exposed(k.getModifiers()) && !k.isSynthetic()) lines.add(type + " : " + k.toGenericString());
            for (Method m : c.getDeclaredMethods())
                if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) lines.add(type + " : " + m.toGenericString());
            for (Field fl : c.getDeclaredFields())
                if (exposed(fl.getModifiers()) && !fl.isSynthetic()) lines.add(type + " : " + fl.toGenericString());
        }
        return new ArrayList<>(lines);
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass())
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass() || k.isSynthetic()) return false;
        return true;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String kind(Class<?> c) {
        if (c.isAnnotation()) return "@interface ";
        if (c.isInterface()) return "interface ";
        if (c.isEnum()) return "enum ";
        if (c.isRecord()) return "record ";
        return "class ";
    }
}
