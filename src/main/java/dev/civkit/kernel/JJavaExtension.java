package dev.civkit.kernel;

import dev.civkit.display.Gallery;
import dev.civkit.session.Quote;
import dev.civkit.session.WorkflowHandle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * Lets a stock JJava kernel pick civkit up from its classpath (META-INF/services): the session's
 * imports and banner, as in JShell, and rich rendering of handles, quotes and galleries. civkit's
 * own kernel does both itself and is left alone.
 */
public final class JJavaExtension implements Extension {
    private static final List<Class<?>> RICH = List.of(WorkflowHandle.class, Quote.class, Gallery.class);

    @Override
    public void install(BaseKernel kernel) {
        if (kernel instanceof CivkitKernel) return;
        for (Class<?> c : RICH) register(kernel, c);
        for (String snippet : sessionSnippets()) {
            try {
                kernel.evalRaw(snippet);
            } catch (RuntimeException e) {
                System.err.println("civkit: startup snippet failed: " + snippet + " -> " + e.getMessage());
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(BaseKernel kernel, Class<?> type) {
        kernel.getRenderer().createRegistration((Class) type)
                .preferring("text/html")
                .supporting("text/plain")
                .register((value, context) -> {
                    // await() has already turned its progress display into this card: once is enough.
                    if (dev.civkit.display.NotebookDisplay.shownInThisCell(value)) {
                        context.getOutputContainer().putData("text/plain", "");
                        return;
                    }
                    Map<?, ?> bundle = RichRendering.bundleOf(value);
                    if (bundle != null) bundle.forEach((mime, data) -> {
                        if (data != null) context.getOutputContainer().putData(String.valueOf(mime), data);
                    });
                });
    }

    /**
     * session.jsh one snippet at a time, so one failure does not hide the rest; without its banner
     * line: JJava installs extensions before any cell, where output goes to the kernel's log, so the
     * session announces itself on its first use instead, inside the cell that uses it.
     */
    static List<String> sessionSnippets() {
        try (InputStream in = JJavaExtension.class.getResourceAsStream(CivkitKernel.DEFAULT_SESSION_RESOURCE)) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                    .filter(l -> !l.startsWith("dev.civkit.Banner."))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
