package dev.civkit.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import jdk.jshell.EvalException;

/** Turns failures of user code into what a notebook user should see: their code's frames, not JShell's. */
final class ErrorReports {

    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    private ErrorReports() {
    }

    /**
     * The exception to hand to the base kernel for a runtime failure. The user's own exception is
     * rethrown when we have it, so the Jupyter {@code ename} is its real class name.
     */
    static RuntimeException userFailure(Throwable original, EvalException fallback) {
        Throwable t = original != null ? original : fallback;
        trim(t, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (t instanceof Error error) {
            return new UserCodeError(error);
        }
        return ErrorReports.<RuntimeException>sneaky(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    private static void trim(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        t.setStackTrace(userFrames(t.getStackTrace()));
        trim(t.getCause(), seen);
        for (Throwable s : t.getSuppressed()) {
            trim(s, seen);
        }
    }

    /** Frames up to the outermost cell frame; everything below it is JShell and kernel plumbing. */
    static StackTraceElement[] userFrames(StackTraceElement[] frames) {
        int last = -1;
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().startsWith("REPL.")) {
                last = i;
            }
        }
        if (last < 0) {
            return Arrays.stream(frames).filter(f -> !isPlumbing(f)).toArray(StackTraceElement[]::new);
        }
        StackTraceElement[] kept = Arrays.copyOf(frames, last + 1);
        for (int i = 0; i < kept.length; i++) {
            kept[i] = readable(kept[i]);
        }
        return kept;
    }

    private static boolean isPlumbing(StackTraceElement f) {
        String c = f.getClassName();
        return c.startsWith("jdk.jshell.") || c.startsWith("jdk.internal.") || c.startsWith("java.lang.reflect.")
                || c.startsWith("dev.civkit.kernel.") || c.startsWith("org.dflib.jjava.");
    }

    /** {@code REPL.$JShell$12$Point.norm} reads better as {@code Point.norm}; a cell's own code as {@code cell}. */
    private static StackTraceElement readable(StackTraceElement f) {
        String cls = f.getClassName();
        if (!cls.startsWith("REPL.$JShell$")) {
            return f;
        }
        String rest = cls.substring("REPL.$JShell$".length());
        int dollar = rest.indexOf('$');
        String userClass = dollar < 0 ? "" : rest.substring(dollar + 1).replace('$', '.');
        String method = f.getMethodName().equals("do_it$") ? "cell" : f.getMethodName();
        return new StackTraceElement(userClass.isEmpty() ? "" : userClass, method, f.getFileName(), f.getLineNumber());
    }

    static List<String> format(Throwable t) {
        List<String> lines = new ArrayList<>();
        if (t instanceof CompilationException ce) {
            List<String> report = ce.report();
            for (int i = 0; i < report.size(); i++) {
                lines.add(i % 3 == 0 ? RED + report.get(i) + RESET : report.get(i));
            }
            return lines;
        }
        if (t instanceof CellAbortedException || t instanceof MagicUsageException) {
            lines.add(RED + t.getMessage() + RESET);
            return lines;
        }
        Throwable shown = t instanceof UserCodeError && t.getCause() != null ? t.getCause() : t;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String prefix = "";
        for (Throwable cur = shown; cur != null && seen.add(cur); cur = cur.getCause()) {
            lines.add(RED + prefix + describe(cur) + RESET);
            for (StackTraceElement f : cur.getStackTrace()) {
                lines.add("    at " + frame(f));
            }
            prefix = "Caused by: ";
        }
        return lines;
    }

    private static String describe(Throwable t) {
        // civkit's refusals and service errors carry no frames unless asked for (request.Frames): their message
        // is all a notebook user needs, as at the JShell prompt.
        if (t.getClass().getName().startsWith("dev.civkit.") && t.getStackTrace().length == 0 && t.getMessage() != null) {
            return t.getMessage();
        }
        if (t instanceof EvalException ee) {
            return ee.getExceptionClassName() + (ee.getMessage() == null ? "" : ": " + ee.getMessage());
        }
        return t.toString();
    }

    private static String frame(StackTraceElement f) {
        String owner = f.getClassName().isEmpty() ? "" : f.getClassName() + ".";
        String where = f.getFileName() == null ? "" : f.getFileName() + (f.getLineNumber() > 0 ? ":" + f.getLineNumber() : "");
        return owner + f.getMethodName() + "(" + where + ")";
    }
}
