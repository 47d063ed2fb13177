package dev.civkit.widget;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Running a listener as user code: on the cell thread, its output and errors in its widget's area. */
final class Callbacks {
    private Callbacks() {}

    /**
     * Runs {@code body} for {@code source}: a change a person made runs on the kernel's cell thread,
     * captured into the area; a change made by code runs at once on the caller's thread, whose output
     * is already going somewhere (the running cell, or an enclosing callback's area).
     */
    static void run(Model source, boolean byFrontEnd, Runnable body) {
        WidgetKernel k = source.kernel();
        if (!byFrontEnd || k == null) {
            body.run();
            return;
        }
        OutputImpl area = source.area();
        k.callback(() -> captured(k, area, body));
    }

    /** Runs {@code body} with System.out/err, displays and a thrown error going to {@code area}. */
    static void captured(WidgetKernel k, OutputImpl area, Runnable body) {
        if (area == null) {
            try {
                body.run();
            } catch (Throwable t) {
                (k == null ? List.of(String.valueOf(t)) : k.formatError(t)).forEach(System.err::println);
            }
            return;
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        OutputStream so = area.writer("stdout");
        OutputStream se = area.writer("stderr");
        PrintStream po = new PrintStream(so, true, StandardCharsets.UTF_8);
        PrintStream pe = new PrintStream(se, true, StandardCharsets.UTF_8);
        WidgetKernel.Sink before = k == null ? null : k.capturing();
        System.setOut(po);
        System.setErr(pe);
        if (k != null) k.capturing(area.sink());
        try {
            body.run();
        } catch (Throwable t) { // a stop (ThreadDeath) lands here too: the area says the callback was stopped
            po.flush();
            pe.flush();
            close(so);
            close(se);
            area.error(t, k == null ? List.of(String.valueOf(t)) : k.formatError(t));
        } finally {
            System.setOut(out);
            System.setErr(err);
            if (k != null) k.capturing(before);
            po.flush();
            pe.flush();
            close(so);
            close(se);
        }
    }

    /**
     * Outside a kernel that carries widgets (JShell, a plain terminal) a listener can still be run by
     * code; one line says so where it is registered, so nobody waits for a click that cannot come.
     */
    static void noteWhereListenersRun(String how) {
        if (WidgetKernel.current() == null) {
            System.out.println("(no notebook here: widgets show and take clicks in the civkit Jupyter kernel; " + how + " runs this listener now)");
        }
    }

    private static void close(OutputStream s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // an in-memory writer cannot fail
        }
    }
}
