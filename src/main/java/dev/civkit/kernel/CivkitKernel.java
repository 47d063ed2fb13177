package dev.civkit.kernel;

import dev.civkit.display.NotebookDisplay;
import dev.civkit.widget.WidgetView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;
import org.dflib.jjava.jupyter.kernel.util.PathsHandler;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.reply.CompleteReply;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.request.CompleteRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;

/**
 * civkit's Jupyter kernel: JJava's wire-protocol base with cells evaluated by a JShell whose
 * snippets run in this JVM. Cells may mix Java with IJava-style magics ({@code %classpath},
 * {@code %jars}, {@code %load}, {@code %%time}); the value of a trailing expression becomes the
 * cell's result, rendered through {@link RichRendering}.
 */
class CivkitKernel extends BaseKernel {

    public static final String DEFAULT_SESSION_RESOURCE = "/dev/civkit/session.jsh";
    /** System property naming another classpath resource to preload instead of the civkit session. */
    public static final String SESSION_PROPERTY = "civkit.kernel.session";

    private static final List<String> DEFAULT_IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.time.*", "java.util.*",
            "java.util.concurrent.*", "java.util.function.*", "java.util.regex.*", "java.util.stream.*");

    private final KernelConfig config;
    private final String sessionResource;
    private final JShell shell;
    private final CellEvaluator evaluator;
    private final Completion completion;
    private final Inspection inspection;
    private final WidgetComms widgets;
    private final List<String> startupProblems = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private volatile boolean starting;
    private String startupOutput = "";
    private boolean startupReported;

    public CivkitKernel(KernelConfig config) {
        this(config, System.getProperty(SESSION_PROPERTY, DEFAULT_SESSION_RESOURCE));
    }

    /** @param sessionResource classpath resource preloaded at start, or null for none */
    public CivkitKernel(KernelConfig config, String sessionResource) {
        this(config, sessionResource, new CellHistory());
    }

    private CivkitKernel(KernelConfig config, String sessionResource, CellHistory history) {
        super("civkit", kernelVersion(), languageInfo(),
                List.of(new HelpLink("Java API", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature() + "/docs/api/index.html"),
                        new HelpLink("Civitai Orchestration", "https://developer.civitai.com/")),
                history, new JupyterIO(StandardCharsets.UTF_8), new WidgetCommManager(), new Renderer(),
                new MagicParser("(?<=(?:^|=))\\s*%", "%%", new MagicTranspiler()), new MagicsRegistry(), true,
                new StringStyler.Builder().build());
        this.config = config;
        this.sessionResource = sessionResource;
        this.history = history;
        CellExecutionControl control = new CellExecutionControl(config.timeoutMs());
        this.shell = JShell.builder()
                .executionEngine(CellExecutionControl.provider(control), Map.of())
                .compilerOptions(config.compilerOptions().toArray(String[]::new))
                .build();
        this.evaluator = new CellEvaluator(shell, control);
        this.completion = new Completion(evaluator, magicsRegistry);
        this.inspection = new Inspection(evaluator, () -> cellEnv != null);
        WidgetCommManager comms = (WidgetCommManager) getCommManager();
        this.widgets = new WidgetComms(comms, comms::iopub, comms::context, evaluator::runCallback, ErrorReports::format);
        comms.widgets(widgets);
        Javadocs.addTo(shell.sourceCodeAnalysis(), Javadocs.sourcesJar());
        CivkitMagics.register(this);
        MavenMagics.register(this);
    }

    private static String kernelVersion() {
        String v = CivkitKernel.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-SNAPSHOT";
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
    }

    /**
     * Runs {@link #onStartup()} on a thread of its own: JShell's start (the compiler's first run, the
     * session's imports and banner) is most of a kernel's start, and it can run while the connection
     * comes up and Jupyter says hello. Requests that need it wait for it ({@link #awaitStartup()}).
     */
    void startInBackground() {
        starting = true;
        Thread t = new Thread(this::onStartup, "civkit-kernel-startup");
        t.setDaemon(true);
        t.start();
    }

    /** Waits until a begun start-up has ended; outputs and JShell are the start-up's until then. */
    private void awaitStartup() {
        if (starting) started.join();
    }

    @Override
    public void onStartup() {
        starting = true;
        try {
            startUp();
        } catch (RuntimeException | Error e) {
            startupProblems.add("kernel start: " + e);
            throw e;
        } finally {
            started.complete(null);
        }
    }

    private void startUp() {
        super.onStartup();
        PrintStream realOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        // Startup output (the session banner) belongs in the notebook, not the kernel's log.
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            addClasspath(System.getProperty("java.class.path"));
            if (config.classpath() != null && !config.classpath().isBlank()) {
                addClasspath(PathsHandler.joinPaths(PathsHandler.splitAndResolveGlobs(config.classpath())));
            }
            StringBuilder imports = new StringBuilder();
            DEFAULT_IMPORTS.forEach(i -> imports.append("import ").append(i).append(";\n"));
            imports.append("import static ").append(Notebook.class.getName()).append(".*;\n");
            runStartupScript("default imports", imports.toString());
            if (sessionResource != null) {
                runStartupScript(sessionResource, readResource(sessionResource));
            }
            if (config.startupScriptsPath() != null && !config.startupScriptsPath().isBlank()) {
                for (Path p : PathsHandler.splitAndResolveGlobs(config.startupScriptsPath())) {
                    runStartupScript(p.toString(), read(p));
                }
            }
            if (config.startupScript() != null && !config.startupScript().isBlank()) {
                runStartupScript("IJAVA_STARTUP_SCRIPT", config.startupScript());
            }
        } finally {
            System.out.flush();
            System.setOut(realOut);
            startupOutput = captured.toString(StandardCharsets.UTF_8);
        }
        if (!startupProblems.isEmpty()) {
            System.err.println("civkit kernel: startup problems:\n  " + String.join("\n  ", startupProblems));
        }
        // Three pieces, so a request that comes while one runs waits for that one alone; the member
        // completion first, as a person's first TAB is most often after a variable's dot.
        String member = "var warm = new StringBuilder();\nwarm.app";
        whenQuiet.accept(() -> warmUp(() -> completion.complete(member, member.length())));
        whenQuiet.accept(() -> warmUp(() -> inspection.inspect("Math.abs", 8, false)));
        whenQuiet.accept(() -> warmUp(() -> completion.complete("Strin", 5)));
    }

    /** Where work for the kernel's first quiet moment goes: the shell channel's thread; by default, nowhere. */
    private volatile Consumer<Runnable> whenQuiet = work -> {};

    /** Set before start-up ends by whoever serves the connection. */
    void whenQuiet(Consumer<Runnable> where) {
        whenQuiet = where;
    }

    /**
     * JupyterLab drops a completion that takes over a second (its provider timeout), and JShell's first
     * completions compile its analysis code and wait for its class index: seconds on a cold JVM. So a
     * person's first TAB showed nothing. Asking the same kinds of question once (a member of a variable
     * declared in the unrun cell, a signature, a class name) in the kernel's first quiet moments, on the
     * thread that answers requests (JShell is not thread-safe), pays that while a person types, and never
     * in front of a cell already sent: Run All gets its first result as soon as before. Done before the
     * kernel first says it is ready instead, it made that start half a second slower (bench: 0.77x of
     * stock JJava's start to first result became 1.05x).
     */
    private static void warmUp(Runnable question) {
        try {
            question.run();
        } catch (RuntimeException ignored) {
            // only a warm-up: the real request will say what is wrong
        }
    }

    private void runStartupScript(String name, String text) {
        if (text == null) {
            startupProblems.add(name + ": not found");
            return;
        }
        try {
            evaluator.evaluateLeniently(text, (snippet, e) ->
                    startupProblems.add(name + ": " + snippet + "\n    -> " + e.getMessage()));
        } catch (RuntimeException e) {
            startupProblems.add(name + ": " + e.getMessage());
        }
    }

    private static String readResource(String name) {
        try (InputStream in = CivkitKernel.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return null;
        }
    }

    /** Adds path-separated entries to both the compiler's and the running code's classpath. */
    public void addClasspath(String classpath) {
        if (classpath != null && !classpath.isBlank()) {
            shell.addToClasspath(classpath);
        }
    }

    /** The widget protocol on this kernel's comms. */
    WidgetComms widgets() {
        return widgets;
    }

    /** Startup output and failures, shown in the first cell run after start. */
    List<String> startupProblems() {
        return List.copyOf(startupProblems);
    }

    private final CellHistory history;
    /** What the running cell already shows: a value, by identity, as its text and display. */
    private final ShownInCell shownThisCell = new ShownInCell(executionCount::get);

    /** The running request's environment while a cell runs (clear_output publishes through it), else null. */
    private volatile ShellReplyEnvironment cellEnv;
    private volatile boolean storeHistory = true;

    /**
     * A cell's output streams are set up here: the start-up's own output must be over by then. A cell that
     * is only {@code name?} or {@code name??} pages that name's documentation instead of running.
     */
    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        awaitStartup();
        ExecuteRequest request = message.getContent();
        storeHistory = request.shouldStoreHistory() && !request.isSilent();
        MagicLines.Help help = MagicLines.help(request.getCode());
        if (help != null) {
            page(env, message, help);
            return;
        }
        cellEnv = env;
        try {
            super.handleExecuteRequest(env, message);
        } finally {
            cellEnv = null;
        }
    }

    /** {@code Math.abs?}: the inspection of the name, as the pager payload of the cell's reply (IPython's {@code ?}). */
    private void page(ShellReplyEnvironment env, Message<ExecuteRequest> message, MagicLines.Help help) {
        commManager.setMessageContext(message);
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(message.getContent().getCode(), count));
        if (storeHistory) history.add(count, message.getContent().getCode());
        DisplayData doc = inspection.inspect(help.name(), help.name().length(), help.detail());
        if (doc == null) env.writeToStdOut("No documentation found for " + help.name() + "\n");
        env.defer().reply(new ProtocolReplies.PagedExecute(count, doc));
    }

    /** Clears the running cell's output ({@code clear_output}; with {@code wait}, when the next output arrives). */
    void clearOutput(boolean wait) {
        ShellReplyEnvironment env = cellEnv;
        if (env == null) return;
        System.out.flush();
        System.err.flush();
        env.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        // A front end shows the kernel as ready (idle) once it has this answer: only true once JShell has
        // started, so a person's first TAB, Shift-TAB or cell does not wait behind the start-up unseen.
        awaitStartup();
        env.setBusyDeferIdle();
        env.reply(new ProtocolReplies.KernelInfo(Header.PROTOCOL_VERISON, getName(), getVersion(), getLanguageInfo(), getBanner(), getHelpLinks()));
    }

    @Override
    public String getBanner() {
        return "civkit " + getVersion() + ": Java " + Runtime.version() + " in JShell, civkit's verbs imported (help() lists them; "
                + "Shift-TAB shows a name's javadoc, name? pages it)";
    }

    @Override
    public DisplayData eval(String code) {
        if (!startupReported) {
            startupReported = true;
            if (!startupOutput.isEmpty()) {
                System.out.print(startupOutput);
                System.out.flush();
            }
            if (!startupProblems.isEmpty()) {
                System.err.println("Some startup snippets failed:\n  " + String.join("\n  ", startupProblems));
                System.err.flush();
            }
        }
        evaluator.clearInterrupt();
        shownThisCell.clear();
        // The count of the request being run (the base kernel has moved past it already).
        int count = executionCount.get() - 1;
        if (storeHistory) history.add(count, code);
        evaluator.cellName("In[" + count + "]");
        Object value = runCell(code);
        // A null value shows nothing, as a void one does (JJava does the same).
        if (value == CellEvaluator.NO_VALUE || value == null) return null;
        // await() already replaced its progress bar with the result card: showing it again as the
        // cell's result would print the same card twice, unless it changed since.
        if (shownThisCell.shownAs(value, String.valueOf(value)) != null) return null;
        if (value instanceof WidgetView view && !widgets.rendering()) {
            DisplayData card = cardUntilWidgetsDraw(view);
            if (storeHistory) history.output(count, String.valueOf(card.getData(MIMEType.TEXT_PLAIN)));
            return null;
        }
        DisplayData shown = render(value);
        if (storeHistory) history.output(count, String.valueOf(shown.getData(MIMEType.TEXT_PLAIN)));
        return shown;
    }

    /**
     * A view shown before a widget manager announced itself (a cell run as the notebook opens): its card
     * now, as a display its widgets replace once a manager announces itself; where none ever does (a
     * headless run), the card stays.
     */
    private DisplayData cardUntilWidgetsDraw(WidgetView view) {
        DisplayData card = render(view);
        String id = "civkit-view-" + UUID.randomUUID();
        card.setDisplayId(id);
        display(card);
        widgets.whenRendering(() -> widgets.updateDisplay(id, view.toMimeBundle()));
        return card;
    }

    /** What the running cell already shows, for the display bridge to tell and ask. */
    NotebookDisplay.Screen shownThisCell() {
        return shownThisCell;
    }

    @Override
    public Object evalRaw(String code) {
        Object value = runCell(code);
        return value == CellEvaluator.NO_VALUE ? null : value;
    }

    public DisplayData render(Object value, String... mimes) {
        return RichRendering.render(getRenderer(), value, mimes);
    }

    /** Runs a cell: Java snippets and line magics in order, or the whole cell through a cell magic. */
    Object runCell(String code) {
        MagicLines.CellMagic cell = MagicLines.cellMagic(code);
        if (cell != null) {
            return callMagic(cell.name(), true, () -> magicsRegistry.evalCellMagic(this, cell.name(), cell.args(), cell.body()));
        }
        Object last = CellEvaluator.NO_VALUE;
        for (MagicLines.Part part : MagicLines.parts(code)) {
            if (part instanceof MagicLines.Java java) {
                last = evaluator.evaluate(java.source(), java.firstLine());
            } else if (part instanceof MagicLines.LineMagic magic) {
                last = callMagic(magic.name(), false, () -> magicsRegistry.evalLineMagic(this, magic.name(), magic.args()));
            }
        }
        return last;
    }

    private interface MagicCall {
        Object call() throws Exception;
    }

    private Object callMagic(String name, boolean cell, MagicCall call) {
        try {
            Object result = call.call();
            return result == null ? CellEvaluator.NO_VALUE : result;
        } catch (UndefinedMagicException e) {
            throw new MagicUsageException("unknown " + (cell ? "cell magic %%" : "line magic %") + name + "; " + CivkitMagics.known(this));
        } catch (IllegalArgumentException | IOException e) {
            throw new MagicUsageException((cell ? "%%" : "%") + name + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        awaitStartup();
        Completion.Matches m = completion.complete(code, at);
        return new ReplacementOptions(m.matches(), m.start(), m.end());
    }

    /** As the base kernel answers, with the matches' kinds in the reply's metadata for JupyterLab's completer. */
    @Override
    protected void handleCompleteRequest(ShellReplyEnvironment env, Message<CompleteRequest> message) {
        awaitStartup();
        CompleteRequest request = message.getContent();
        env.setBusyDeferIdle();
        try {
            Completion.Matches m = completion.complete(request.getCode(), request.getCursorPos());
            env.reply(new CompleteReply(m.matches(), m.start(), m.end(), m.metadata()));
        } catch (RuntimeException e) {
            env.replyError(CompleteReply.MESSAGE_TYPE.error(), ErrorReply.of(e));
        }
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        awaitStartup();
        return inspection.inspect(MagicLines.blanked(code), at, extraDetail);
    }

    @Override
    public String isComplete(String code) {
        awaitStartup();
        if (MagicLines.isCellMagic(code) || MagicLines.help(code) != null) {
            return IS_COMPLETE_YES;
        }
        String java = code.lines()
                .map(l -> l.stripLeading().startsWith("%") ? "" : l)
                .collect(Collectors.joining("\n"));
        SourceCodeAnalysis analysis = evaluator.analysis();
        String remaining = java;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            Completeness c = info.completeness();
            if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
                // Any string other than complete/invalid/unknown means "incomplete", used as the indent.
                return "    ";
            }
            if (c == Completeness.UNKNOWN) {
                return IS_COMPLETE_BAD;
            }
            if (c == Completeness.EMPTY || info.remaining().length() >= remaining.length()) {
                break;
            }
            remaining = info.remaining();
        }
        return IS_COMPLETE_YES;
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        env.reply(new CellHistory.Reply(history.answer(message.getContent()), message.getContent().includeOutput()));
    }

    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    @Override
    public List<String> formatError(Throwable t) {
        return ErrorReports.format(t);
    }

    @Override
    public void onShutdown(boolean restart) {
        try {
            super.onShutdown(restart);
        } finally {
            shell.close();
        }
    }
}
