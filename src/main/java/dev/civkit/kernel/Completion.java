package dev.civkit.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

/** What TAB offers at the cursor ({@code complete_request}): magic names, or JShell's completion of the Java there. */
final class Completion {
    private final CellEvaluator evaluator;
    private final MagicsRegistry magics;

    Completion(CellEvaluator evaluator, MagicsRegistry magics) {
        this.evaluator = evaluator;
        this.magics = magics;
    }

    ReplacementOptions complete(String code, int at) {
        ReplacementOptions magic = completeMagic(code, at);
        if (magic != null) return magic;
        String java = MagicLines.blanked(code);
        int[] span = evaluator.snippetAround(java, at);
        String snippet = java.substring(span[0], at);
        int[] anchor = new int[1];
        SourceCodeAnalysis analysis = evaluator.analysis();
        List<SourceCodeAnalysis.Suggestion> suggestions = new ArrayList<>(analysis.completionSuggestions(snippet, snippet.length(), anchor));
        List<String> options = new ArrayList<>(earlierNames(java.substring(0, span[0]), java, at));
        suggestions.stream()
                .sorted(Comparator.comparing(s -> !s.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .forEach(options::add);
        return new ReplacementOptions(options.stream().distinct().toList(), span[0] + anchor[0], at);
    }

    /** {@code %cla} or {@code %%ti}: the magic names that start so. */
    private ReplacementOptions completeMagic(String code, int at) {
        MagicLines.TypedName typed = MagicLines.typedName(code, at);
        if (typed == null) return null;
        Collection<String> names = typed.cell() ? magics.getCellMagicNames() : magics.getLineMagicNames();
        List<String> options = names.stream().filter(n -> n.startsWith(typed.prefix())).sorted().toList();
        return new ReplacementOptions(options, at - typed.prefix().length(), at);
    }

    /**
     * Names that {@code earlier} (the cell's code before the snippet being typed, not run yet)
     * declares and that start as the name under the cursor does: JShell only knows what has run.
     */
    private List<String> earlierNames(String earlier, String code, int at) {
        int start = at;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) start--;
        if (earlier.isBlank() || (start > 0 && code.charAt(start - 1) == '.')) return List.of();
        String prefix = code.substring(start, at);
        SourceCodeAnalysis analysis = evaluator.analysis();
        List<String> names = new ArrayList<>();
        String remaining = earlier;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.source() == null || info.remaining().length() >= remaining.length()) break;
            try {
                for (Snippet sn : analysis.sourceToSnippets(info.source())) {
                    String name = sn instanceof VarSnippet v ? v.name()
                            : sn instanceof MethodSnippet m ? m.name() + "("
                            : sn instanceof TypeDeclSnippet t ? t.name() : null;
                    if (name != null && name.startsWith(prefix)) names.add(name);
                }
            } catch (RuntimeException unparsable) {
                // a snippet JShell cannot read yet names nothing
            }
            remaining = info.remaining();
        }
        return names;
    }
}
