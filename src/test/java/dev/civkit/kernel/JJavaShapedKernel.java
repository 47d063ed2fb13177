package dev.civkit.kernel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * A kernel of stock JJava's shape, for tests: JJava's kernel module (JavaKernel) is not on Maven
 * Central, so this is jjava-jupyter's BaseKernel — its execute handling, renderer, display stream
 * and extension loading, as JJava runs them — with cells evaluated by a JShell in this JVM. It is
 * not civkit's kernel: civkit reaches it only through what it puts on a JJava classpath (the
 * extension found by ServiceLoader, the display bridge).
 */
public final class JJavaShapedKernel extends BaseKernel {
    private final JShell shell;
    private final CellEvaluator evaluator;

    JJavaShapedKernel() {
        super("jjava-shaped", "test", new LanguageInfo.Builder("java").build(), List.of(), null,
                new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(),
                new MagicParser("(?<=(?:^|=))\\s*%", "%%", new MagicTranspiler()), new MagicsRegistry(), true,
                new StringStyler.Builder().build());
        CellExecutionControl control = new CellExecutionControl(-1);
        this.shell = JShell.builder().executionEngine(CellExecutionControl.provider(control), Map.of()).build();
        this.evaluator = new CellEvaluator(shell, control);
        shell.addToClasspath(System.getProperty("java.class.path"));
    }

    /** {@code JJavaShapedKernel <connection file>}: serves one connection, as JJava's main does. */
    public static void main(String[] args) throws Exception {
        JJavaShapedKernel kernel = new JJavaShapedKernel();
        JupyterConnection connection = new JupyterConnection(KernelConnectionProperties.parse(Files.readString(Path.of(args[0]))));
        kernel.onStartup(); // as JJava: the notebook kernel is set and extensions on the classpath installed
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    /** The last expression's value, or null after a statement or declaration, as JJava's evaluator answers. */
    @Override
    public Object evalRaw(String code) {
        Object value = evaluator.evaluate(code, 1);
        return value == CellEvaluator.NO_VALUE ? null : value;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return null;
    }

    @Override
    public String isComplete(String code) {
        return IS_COMPLETE_YES;
    }
}
