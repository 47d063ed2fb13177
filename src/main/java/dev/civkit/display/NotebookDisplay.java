package dev.civkit.display;

import dev.civkit.widget.WidgetKernel;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.UUID;

/**
 * The bridge from civkit to whichever Jupyter kernel is running this JVM, found at run time so
 * civkit needs neither IJava nor JJava to compile: civkit's own kernel, JJava
 * ({@code BaseKernel.notebookKernel()}) or IJava ({@code IJava.getKernelInstance()}). Outside a
 * notebook cell {@link #current()} is null and callers print to the console as in JShell.
 */
public final class NotebookDisplay {
    private static final String JJAVA_KERNEL = "org.dflib.jjava.jupyter.kernel.BaseKernel";
    private static final String IJAVA = "io.github.spencerpark.ijava.IJava";

    /** Where MIME bundles go: a running kernel, inside a cell; a kernel that keeps a {@link Screen} knows what they show. */
    public interface Target extends WidgetKernel.Sink, Screen {
        @Override
        default void shownInCell(Object value, String text, String displayId) {}

        @Override
        default String shownAs(Object value, String text) {
            return null;
        }
    }

    /** What a kernel remembers of the values on screen in the running cell, so that each shows once. */
    public interface Screen {
        /**
         * {@code value}, as printed by {@code text}, is already on screen in this cell as the
         * display {@code displayId}: a kernel that can tell shows it once, not again as the cell's
         * result.
         */
        void shownInCell(Object value, String text, String displayId);

        /** The display showing {@code value}, printed as {@code text}, in the running cell; null when unknown. */
        String shownAs(Object value, String text);
    }

    /**
     * A target that publishes through {@code sink} and tells {@code screen} what is shown ({@code null}:
     * nothing is remembered, as in a callback's Output area). Every kernel route is one of these.
     */
    public static Target through(WidgetKernel.Sink sink, Screen screen) {
        return new Routed(sink, screen);
    }

    private record Routed(WidgetKernel.Sink sink, Screen screen) implements Target {
        @Override
        public void display(String displayId, Map<String, Object> bundle) {
            sink.display(displayId, bundle);
        }

        @Override
        public void update(String displayId, Map<String, Object> bundle) {
            sink.update(displayId, bundle);
        }

        @Override
        public void shownInCell(Object value, String text, String displayId) {
            if (screen != null) screen.shownInCell(value, text, displayId);
        }

        @Override
        public String shownAs(Object value, String text) {
            return screen == null ? null : screen.shownAs(value, text);
        }
    }

    /**
     * A kernel that displays can reach without reflection: civkit's own, or a stock JJava kernel
     * with civkit's extension installed. They register as a service
     * ({@code META-INF/services/dev.civkit.display.NotebookDisplay$Source}), so this package never
     * names them; IJava, and JJava without the extension, are found by reflection.
     */
    public interface Source {
        /** The kernel's target while it runs a cell, else null. */
        Target current();
    }

    /** Loaded once, on the first display: a JShell session without a kernel pays nothing at start. */
    private static final class Sources {
        static final List<Source> ALL = load();

        private static List<Source> load() {
            try {
                return ServiceLoader.load(Source.class, NotebookDisplay.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get).toList();
            } catch (ServiceConfigurationError | LinkageError e) {
                return List.of(); // a thin civkit without its kernel's libraries: no kernel of ours can be running
            }
        }
    }

    private NotebookDisplay() {}

    /** The running kernel while a cell executes, else null. */
    public static Target current() {
        Target area = callbackArea();
        if (area != null) return area;
        Target t = civkitKernel();
        if (t != null) return t;
        Object k = callStatic(JJAVA_KERNEL, "notebookKernel");
        if (k == null) k = callStatic(IJAVA, "getKernelInstance");
        return k == null ? null : Reflective.attachedTo(k);
    }

    public static boolean inNotebook() {
        return current() != null;
    }

    /** Shows {@code bundle} in the running cell and returns its display id, or null outside a notebook. */
    public static String show(Map<String, Object> bundle) {
        Target t = current();
        if (t == null) return null;
        String id = UUID.randomUUID().toString();
        t.display(id, bundle);
        return id;
    }

    /** Replaces what {@link #show} published; does nothing outside a notebook. */
    public static void update(String displayId, Map<String, Object> bundle) {
        Target t = current();
        if (t != null && displayId != null) t.update(displayId, bundle);
    }

    /**
     * The route used for JJava's and IJava's kernels, for any kernel object of their shape
     * ({@code getIO().display}, {@code display(DisplayData)}): null between cells or when the object
     * is not such a kernel.
     */
    public static Target viaKernelObject(Object kernel) {
        return kernel == null ? null : Reflective.attachedTo(kernel);
    }

    /**
     * Shows {@code bundle} as {@code value} in the running cell, once: where {@code value}, unchanged,
     * is on screen in this cell already, that display is redrawn instead of a second one added, and
     * the kernel is told, so the cell's result does not show it again. Returns the display id, or
     * null outside a notebook.
     */
    public static String showOnce(Object value, Map<String, Object> bundle) {
        Target t = current();
        if (t == null) return null;
        String text = String.valueOf(value);
        String id = t.shownAs(value, text);
        if (id != null) {
            t.update(id, bundle);
        } else {
            id = UUID.randomUUID().toString();
            t.display(id, bundle);
        }
        t.shownInCell(value, text, id);
        return id;
    }

    /** Tells the kernel that {@code value} is already displayed in the running cell, as {@code displayId}. */
    public static void markShown(Object value, String displayId) {
        Target t = current();
        if (t != null) t.shownInCell(value, String.valueOf(value), displayId);
    }

    /** While a widget's callback runs, its displays go to the Output area under the widget. */
    private static Target callbackArea() {
        WidgetKernel k = WidgetKernel.current();
        WidgetKernel.Sink sink = k == null ? null : k.capturing();
        return sink == null ? null : through(sink, null);
    }

    private static Target civkitKernel() {
        for (Source source : Sources.ALL) {
            try {
                Target t = source.current();
                if (t != null) return t;
            } catch (RuntimeException | LinkageError notRunning) {
                // JJava's notebookKernel() throws rather than answer null when no kernel runs
            }
        }
        return null;
    }

    private static Object callStatic(String className, String method) {
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(), NotebookDisplay.class.getClassLoader()}) {
            try {
                Class<?> c = Class.forName(className, true, loader);
                Method m = c.getMethod(method);
                return m.invoke(null);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // not this kernel, or not from this loader
            }
        }
        return null;
    }

    /**
     * JJava and IJava share one API shape in different packages: {@code kernel.display(DisplayData)}
     * and {@code kernel.getIO().display.updateDisplay(id, DisplayData)}; DisplayData takes
     * {@code putData(mime, value)} and {@code setDisplayId(id)}.
     */
    static final class Reflective implements Target {
        private final Object kernel;
        private final Object stream;
        private final Class<?> dataClass;

        private Reflective(Object kernel, Object stream, Class<?> dataClass) {
            this.kernel = kernel;
            this.stream = stream;
            this.dataClass = dataClass;
        }

        static Target attachedTo(Object kernel) {
            try {
                Object io = kernel.getClass().getMethod("getIO").invoke(kernel);
                Field f = io.getClass().getField("display");
                Object stream = f.get(io);
                Method display = find(kernel.getClass(), "display", 1);
                if (display == null) return null;
                // Between cells the stream is detached and anything published would be dropped.
                Method attached = find(stream.getClass(), "isAttached", 0);
                if (attached != null && !Boolean.TRUE.equals(attached.invoke(stream))) return null;
                return new Reflective(kernel, stream, display.getParameterTypes()[0]);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        @Override
        public void display(String displayId, Map<String, Object> bundle) {
            try {
                find(kernel.getClass(), "display", 1).invoke(kernel, data(displayId, bundle));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot publish to the notebook: " + e, e);
            }
        }

        @Override
        public void update(String displayId, Map<String, Object> bundle) {
            try {
                Method m = stream.getClass().getMethod("updateDisplay", String.class, dataClass);
                m.invoke(stream, displayId, data(displayId, bundle));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot update the notebook display: " + e, e);
            }
        }

        private Object data(String displayId, Map<String, Object> bundle) throws ReflectiveOperationException {
            Object d = dataClass.getConstructor().newInstance();
            Method put = dataClass.getMethod("putData", String.class, Object.class);
            for (Map.Entry<String, Object> e : bundle.entrySet()) if (e.getValue() != null) put.invoke(d, e.getKey(), e.getValue());
            dataClass.getMethod("setDisplayId", String.class).invoke(d, displayId);
            return d;
        }

        private static Method find(Class<?> c, String name, int params) {
            for (Method m : c.getMethods()) if (m.getName().equals(name) && m.getParameterCount() == params) return m;
            return null;
        }
    }
}
