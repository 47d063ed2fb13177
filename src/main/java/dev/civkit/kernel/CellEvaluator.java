package dev.civkit.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Turns Java source into JShell snippets and evaluates them one after another, keeping track of
 * where each snippet starts in the cell so that compile errors can point at the cell's own lines.
 */
final class CellEvaluator {

    /** Marks "the cell ended with a statement or declaration", as opposed to an expression whose value is null. */
    static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "<no value>";
        }
    };

    private final JShell shell;
    private final CellExecutionControl control;
    private volatile boolean interrupted;
    /** Where each evaluated snippet came from, by its wrapper class: runtime frames are mapped back through it. */
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();
    private volatile String cellName = "cell";

    /** A snippet's wrapper and the cell line its source starts on. */
    private record Origin(SourceCodeAnalysis.SnippetWrapper wrapper, String cell, int firstLine) {}

    /** How frames name the cell being run, e.g. {@code In[7]} as Jupyter numbers inputs. */
    void cellName(String name) {
        this.cellName = name;
    }

    CellEvaluator(JShell shell, CellExecutionControl control) {
        this.shell = shell;
        this.control = control;
    }

    SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    /** The session's active variable of that name, if it has one. */
    Optional<VarSnippet> variable(String name) {
        return shell.variables().filter(v -> v.name().equals(name) && shell.status(v).isActive()).reduce((a, b) -> b);
    }

    /** The variable's value as JShell shows it, or null when reading it fails. */
    String valueOf(VarSnippet v) {
        try {
            return shell.varValue(v);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    void interrupt() {
        interrupted = true;
        control.stop();
    }

    /** Runs a widget callback on the cell thread (see {@link CellExecutionControl#runCallback}). */
    void runCallback(Runnable callback) {
        control.runCallback(callback);
    }

    void clearInterrupt() {
        interrupted = false;
    }

    /**
     * Evaluates {@code code}, stopping at the first failure (thrown). {@code firstLine} is the cell
     * line {@code code} starts on, for error positions. Returns the last expression's value or
     * {@link #NO_VALUE}.
     */
    Object evaluate(String code, int firstLine) {
        Object[] last = {NO_VALUE};
        forEachSnippet(code, (source, start, original) ->
                last[0] = evalSnippet(source, code, start, firstLine, original));
        return last[0];
    }

    /** Evaluates every snippet of a script, reporting failures to {@code onFailure} instead of stopping. */
    void evaluateLeniently(String code, BiConsumer<String, RuntimeException> onFailure) {
        forEachSnippet(code, (source, start, original) -> {
            try {
                evalSnippet(source, code, start, 1, original);
            } catch (RuntimeException e) {
                onFailure.accept(source.strip(), e);
            }
        });
    }

    private interface SourceSink {
        /** {@code start} is where {@code source} begins in the code; {@code original} is the text it came from. */
        void accept(String source, int start, String original);
    }

    private void forEachSnippet(String code, SourceSink sink) {
        SourceCodeAnalysis analysis = analysis();
        String remaining = code;
        int consumed = 0;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            Completeness c = info.completeness();
            if (c == Completeness.EMPTY) {
                return;
            }
            int start = consumed + startOf(remaining, info.source());
            if (c == Completeness.DEFINITELY_INCOMPLETE) {
                int[] lc = lineAndColumn(code, code.length());
                throw new CompilationException(
                        "incomplete input at line " + lc[0] + ": the cell ends inside a statement",
                        List.of("incomplete input: the cell ends before the statement starting at line "
                                + lineAndColumn(code, start)[0] + " is finished"));
            }
            String source = info.source() != null ? info.source() : remaining;
            int used = info.source() != null ? remaining.length() - info.remaining().length() : remaining.length();
            sink.accept(source, start, remaining.substring(0, Math.max(0, used)));
            if (used <= 0) {
                return;
            }
            consumed += used;
            remaining = info.remaining();
        }
    }

    private static int startOf(String remaining, String source) {
        // JShell keeps leading blank lines in the snippet, and its diagnostic positions count them.
        if (source != null && !source.isEmpty()
                && remaining.startsWith(source.substring(0, Math.min(16, source.length() - 1)))) {
            return 0;
        }
        if (source != null && !source.isBlank()) {
            String head = source.strip();
            head = head.substring(0, Math.min(16, head.length()));
            int at = remaining.indexOf(head);
            if (at >= 0) {
                return at;
            }
        }
        int i = 0;
        while (i < remaining.length() && Character.isWhitespace(remaining.charAt(i))) {
            i++;
        }
        return i;
    }

    private Object evalSnippet(String source, String code, int start, int firstLine, String original) {
        // An interrupt between two snippets of a cell stops the cell before the next one.
        if (interrupted) throw new CellAbortedException("cell interrupted");
        control.reset();
        List<SnippetEvent> events = shell.eval(source);
        if (control.timedOut()) {
            throw new CellAbortedException("cell timed out (IJAVA_TIMEOUT/JJAVA_TIMEOUT)");
        }
        if (interrupted || control.wasStopped()) {
            throw new CellAbortedException("cell interrupted");
        }
        Object value = NO_VALUE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            remember(snippet, code, start, firstLine);
            if (event.status() == Snippet.Status.REJECTED) {
                throw compileError(snippet, source, code, start, firstLine);
            }
            if (event.exception() instanceof UnresolvedReferenceException unresolved) {
                throw new CompilationException(unresolvedMessage(unresolved), List.of(unresolvedMessage(unresolved)));
            }
            if (event.exception() instanceof EvalException evalException) {
                Throwable failure = control.lastFailure();
                relocate(failure != null ? failure : evalException);
                throw ErrorReports.userFailure(failure, evalException);
            }
            if (event.exception() != null) {
                throw new IllegalStateException(event.exception().getMessage(), event.exception());
            }
            if (isExpression(snippet) && !original.strip().endsWith(";")) {
                value = control.lastValue();
            }
        }
        return value;
    }

    private void remember(Snippet snippet, String code, int start, int firstLine) {
        if (shell.status(snippet) == Snippet.Status.REJECTED) return;
        try {
            SourceCodeAnalysis.SnippetWrapper w = analysis().wrapper(snippet);
            origins.put(w.fullClassName(), new Origin(w, cellName, lineAndColumn(code, start)[0] + firstLine - 1));
        } catch (RuntimeException e) {
            // no wrapper for this kind of snippet (an import): its frames cannot occur
        }
    }

    /**
     * Rewrites frames of cell code from JShell's generated source to the cell's own lines, named as
     * Jupyter names inputs ({@code In[7]:3}), through every cause and suppressed exception.
     */
    private void relocate(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Deque<Throwable> todo = new ArrayDeque<>(List.of(t)); !todo.isEmpty(); ) {
            Throwable cur = todo.pop();
            if (cur == null || !seen.add(cur)) continue;
            StackTraceElement[] frames = cur.getStackTrace();
            for (int i = 0; i < frames.length; i++) frames[i] = relocated(frames[i]);
            cur.setStackTrace(frames);
            if (cur.getCause() != null) todo.push(cur.getCause());
            for (Throwable s : cur.getSuppressed()) todo.push(s);
        }
    }

    private StackTraceElement relocated(StackTraceElement f) {
        String cls = f.getClassName();
        if (!cls.startsWith("REPL.$JShell$") || f.getLineNumber() <= 0) return f;
        int nested = cls.indexOf('$', "REPL.$JShell$".length());
        Origin o = origins.get(nested < 0 ? cls : cls.substring(0, nested));
        if (o == null) return f;
        String wrapped = o.wrapper().wrapped();
        int offset = 0;
        for (int line = 1; line < f.getLineNumber() && offset >= 0; line++) offset = wrapped.indexOf('\n', offset) + 1;
        if (offset <= 0 && f.getLineNumber() > 1) return f;
        while (offset < wrapped.length() && Character.isWhitespace(wrapped.charAt(offset)) && wrapped.charAt(offset) != '\n') offset++;
        int sourcePos = o.wrapper().wrappedToSourcePosition(offset);
        if (sourcePos < 0) return f;
        int line = o.firstLine() + lineAndColumn(o.wrapper().source(), sourcePos)[0] - 1;
        return new StackTraceElement(f.getClassLoaderName(), f.getModuleName(), f.getModuleVersion(), cls, f.getMethodName(), o.cell(), line);
    }

    /** An expression's value is the cell's result unless a trailing semicolon hides it, as in IPython. */
    private static boolean isExpression(Snippet snippet) {
        return snippet instanceof ExpressionSnippet
                || snippet instanceof VarSnippet
                        && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private String unresolvedMessage(UnresolvedReferenceException e) {
        Snippet s = e.getSnippet();
        String missing = shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) s)
                .collect(Collectors.joining(", "));
        return "'" + s.source().strip() + "' cannot run until " + missing + " is declared";
    }

    private CompilationException compileError(Snippet snippet, String source, String code, int start, int firstLine) {
        List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        if (errors.isEmpty()) {
            String msg = "snippet rejected: " + source.strip();
            return new CompilationException(msg, List.of(msg));
        }
        List<String> report = new ArrayList<>();
        String headline = null;
        for (Diag d : errors) {
            long pos = d.getPosition() >= 0 ? d.getPosition() : Math.max(0, d.getStartPosition());
            int offset = (int) Math.min(code.length(), start + pos);
            int[] lc = lineAndColumn(code, offset);
            int line = lc[0] + firstLine - 1;
            String message = d.getMessage(Locale.ROOT);
            String where = "line " + line + ", column " + lc[1];
            if (headline == null) {
                headline = where + ": " + message.lines().findFirst().orElse(message);
            }
            report.add(where + ": " + message);
            String text = code.lines().skip(lc[0] - 1L).findFirst().orElse("");
            report.add("    " + text);
            report.add("    " + " ".repeat(Math.max(0, lc[1] - 1)) + "^");
        }
        return new CompilationException(headline, report);
    }

    /** 1-based line and column of {@code offset} in {@code text}. */
    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /**
     * The snippet of {@code code} that contains {@code cursor}: JShell's completion and
     * documentation look at one snippet at a time, not at a whole multi-statement cell.
     * Returns {start, end} offsets.
     */
    int[] snippetAround(String code, int cursor) {
        SourceCodeAnalysis analysis = analysis();
        String remaining = code;
        int consumed = 0;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            int start = consumed + startOf(remaining, info.source());
            int used = remaining.length() - info.remaining().length();
            boolean last = info.source() == null || used <= 0 || info.remaining().isBlank();
            if (last || consumed + used >= cursor) {
                int end = last ? code.length() : consumed + used;
                return new int[] {Math.min(start, cursor), Math.max(end, cursor)};
            }
            consumed += used;
            remaining = info.remaining();
        }
    }
}
