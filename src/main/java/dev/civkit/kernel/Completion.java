package dev.civkit.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.SourceCodeAnalysis.Suggestion;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

/**
 * What TAB offers at the cursor ({@code complete_request}): magic names, or JShell's completion of the
 * Java there, including members of variables the same cell declared earlier and has not run yet.
 */
final class Completion {
    private final CellEvaluator evaluator;
    private final MagicsRegistry magics;

    /** The replacements for code[start, end), each with its kind ("function", "class", "variable", …). */
    record Matches(List<String> matches, int start, int end, List<String> kinds) {
        /** JupyterLab's completer shows these as the matches' types (the spec's experimental metadata). */
        Map<String, Object> metadata() {
            List<Map<String, Object>> types = new ArrayList<>();
            for (int i = 0; i < matches.size(); i++) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("start", start);
                t.put("end", end);
                t.put("text", matches.get(i));
                t.put("type", kinds.get(i));
                types.add(t);
            }
            return Map.of("_jupyter_types_experimental", types);
        }
    }

    Completion(CellEvaluator evaluator, MagicsRegistry magics) {
        this.evaluator = evaluator;
        this.magics = magics;
    }

    Matches complete(String code, int at) {
        Matches magic = completeMagic(code, at);
        if (magic != null) return magic;
        String java = MagicLines.blanked(code);
        int[] span = evaluator.snippetAround(java, at);
        String earlier = java.substring(0, span[0]);
        String snippet = java.substring(span[0], at);
        Map<String, String> options = new LinkedHashMap<>(earlierNames(earlier, java, at));
        int start = at;
        List<Suggestion> suggestions = List.of();
        // The cell's earlier declarations have not run, so JShell does not know them: as locals of a block
        // that ends with the snippet being typed, they type what follows (sb.app after var sb = …).
        String block = UnrunCell.declarationsAsBlock(evaluator.analysis(), earlier);
        if (block != null) {
            String wrapped = block + snippet;
            int[] anchor = new int[1];
            suggestions = evaluator.analysis().completionSuggestions(wrapped, wrapped.length(), anchor);
            start = span[0] + anchor[0] - block.length();
            if (anchor[0] < block.length()) suggestions = List.of();
        }
        if (suggestions.isEmpty()) {
            int[] anchor = new int[1];
            suggestions = evaluator.analysis().completionSuggestions(snippet, snippet.length(), anchor);
            start = span[0] + anchor[0];
        }
        if (suggestions.isEmpty() && !options.isEmpty()) start = at - identifierBefore(java, at).length();
        boolean member = start > 0 && java.charAt(start - 1) == '.';
        suggestions.stream()
                .sorted(Comparator.comparing(s -> !s.matchesType()))
                .forEach(s -> options.putIfAbsent(s.continuation(), kind(s.continuation(), member)));
        return new Matches(List.copyOf(options.keySet()), start, at, List.copyOf(options.values()));
    }

    private static String kind(String continuation, boolean member) {
        if (continuation.endsWith("(") || continuation.endsWith(")")) return "function";
        if (!continuation.isEmpty() && Character.isUpperCase(continuation.charAt(0)) && !continuation.equals(continuation.toUpperCase())) return "class";
        return member ? "property" : "variable";
    }

    /** {@code %cla} or {@code %%ti}: the magic names that start so. */
    private Matches completeMagic(String code, int at) {
        MagicLines.TypedName typed = MagicLines.typedName(code, at);
        if (typed == null) return null;
        Collection<String> names = typed.cell() ? magics.getCellMagicNames() : magics.getLineMagicNames();
        List<String> options = names.stream().filter(n -> n.startsWith(typed.prefix())).sorted().toList();
        return new Matches(options, at - typed.prefix().length(), at, options.stream().map(n -> "magic").toList());
    }

    private static String identifierBefore(String code, int at) {
        int start = at;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) start--;
        return code.substring(start, at);
    }

    /**
     * Names that {@code earlier} (the cell's code before the snippet being typed, not run yet)
     * declares and that start as the name under the cursor does, with their kinds: JShell only knows what has run.
     */
    private Map<String, String> earlierNames(String earlier, String code, int at) {
        String prefix = identifierBefore(code, at);
        int start = at - prefix.length();
        if (earlier.isBlank() || (start > 0 && code.charAt(start - 1) == '.')) return Map.of();
        Map<String, String> names = new LinkedHashMap<>();
        for (UnrunCell.Declared d : UnrunCell.snippets(evaluator.analysis(), earlier)) {
            if (d.name() == null || !d.name().startsWith(prefix)) continue;
            switch (d.kind()) {
                case VARIABLE -> names.put(d.name(), "variable");
                case METHOD -> names.put(d.name() + "(", "function");
                case TYPE -> names.put(d.name(), "class");
                default -> { }
            }
        }
        return names;
    }
}
