package dev.civkit.kernel;

import dev.civkit.display.Gallery;
import dev.civkit.display.NotebookDisplay;
import dev.civkit.session.Quote;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.widget.Widget;
import dev.civkit.widget.WidgetKernel;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.MessageContext;

/**
 * Lets a stock JJava kernel pick civkit up from its classpath (META-INF/services): the session's
 * imports and banner, as in JShell, and rich rendering of handles, quotes and galleries. civkit's
 * own kernel does both itself and is left alone.
 *
 * <p>A value already on screen (await() ends by turning its progress display into the card) is
 * shown once: JJava publishes every cell value as an execute_result and cannot be told to skip one,
 * so when that value is rendered in the same cell the earlier display is emptied instead, and the
 * card stays where JJava puts results.
 */
public final class JJavaExtension implements Extension {
    private static final List<Class<?>> RICH = List.of(WorkflowHandle.class, Quote.class, Gallery.class, Widget.class);

    /** What is on screen in JJava's running cell; remembers nothing when this JJava keeps its cell counter elsewhere. */
    private ShownInCell shown = new ShownInCell(null);

    @Override
    public void install(BaseKernel kernel) {
        if (kernel instanceof CivkitKernel) return;
        shown = new ShownInCell(protectedField(kernel, "executionCount") instanceof AtomicInteger counter ? counter::get : null);
        for (Class<?> c : RICH) register(kernel, c);
        for (String snippet : sessionSnippets()) {
            try {
                kernel.evalRaw(snippet);
            } catch (RuntimeException e) {
                System.err.println("civkit: startup snippet failed: " + snippet + " -> " + e.getMessage());
            }
        }
    }

    /**
     * The extension installed in {@code kernel}, or null. Stock JJava gives an extension no public
     * handle, and a display made inside a cell must reach this one's record of what is on screen:
     * BaseKernel keeps its extensions by class name in a protected map.
     */
    static JJavaExtension installedIn(BaseKernel kernel) {
        return protectedField(kernel, "extensions") instanceof Map<?, ?> installed
                && installed.get(JJavaExtension.class.getName()) instanceof JJavaExtension mine ? mine : null;
    }

    /**
     * The running cell's displays in {@code kernel}, telling this extension what is on screen. They
     * go by the reflective route: civkit is built against one jjava-jupyter and runs inside JJava's
     * own, whose signatures differ ({@code DisplayData.setDisplayId} returns a value since 1.0-a7).
     */
    NotebookDisplay.Target displays(BaseKernel kernel) {
        NotebookDisplay.Target jjava = NotebookDisplay.viaKernelObject(kernel);
        return jjava == null ? null : NotebookDisplay.through(jjava, shown);
    }

    private WidgetComms widgets;
    private boolean widgetsUnreachable;

    /**
     * Widgets on stock JJava's own comm manager, made on first use. Its socket and running request
     * are protected fields, read by reflection; a JJava whose comm layer differs gets no widgets
     * (null), and they show as a card saying they need the civkit kernel.
     */
    synchronized WidgetKernel widgets(BaseKernel kernel) {
        if (widgets != null || widgetsUnreachable || kernel == null) return widgets;
        try {
            CommManager comms = kernel.getCommManager();
            Field socket = CommManager.class.getDeclaredField("iopub");
            Field request = CommManager.class.getDeclaredField("context");
            socket.setAccessible(true);
            request.setAccessible(true);
            widgets = new WidgetComms(comms,
                    () -> (JupyterSocket) read(socket, comms),
                    () -> (MessageContext) read(request, comms),
                    Runnable::run, ErrorReports::format);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            widgetsUnreachable = true;
        }
        return widgets;
    }

    private static Object read(Field f, Object owner) {
        try {
            return f.get(owner);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /**
     * Called as JJava renders {@code value}: when the same value, unchanged, is already on screen
     * from this cell, that display is emptied so the card is seen once, where JJava renders it.
     */
    private void emptyWhereShown(BaseKernel kernel, Object value) {
        String displayId = shown.shownAs(value, String.valueOf(value));
        if (displayId == null || !kernel.getIO().display.isAttached()) return;
        shown.forget(value);
        DisplayData empty = new DisplayData();
        empty.putData("text/plain", "");
        kernel.getIO().display.updateDisplay(displayId, empty);
    }

    private static Object protectedField(BaseKernel kernel, String name) {
        try {
            Field f = BaseKernel.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(kernel);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void register(BaseKernel kernel, Class<?> type) {
        kernel.getRenderer().createRegistration((Class) type)
                .preferring("text/html")
                .supporting("text/plain")
                .register((value, context) -> {
                    emptyWhereShown(kernel, value);
                    Map<?, ?> bundle = RichRendering.bundleOf(value);
                    if (bundle != null) bundle.forEach((mime, data) -> {
                        if (data != null) context.getOutputContainer().putData(String.valueOf(mime), data);
                    });
                });
    }

    /**
     * session.jsh one snippet at a time, so one failure does not hide the rest. It prints nothing: the
     * session announces itself on its first use, inside the cell that uses it.
     */
    static List<String> sessionSnippets() {
        try (InputStream in = JJavaExtension.class.getResourceAsStream(CivkitKernel.DEFAULT_SESSION_RESOURCE)) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
