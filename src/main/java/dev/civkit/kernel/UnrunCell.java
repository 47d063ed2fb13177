package dev.civkit.kernel;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * The part of a cell before the cursor, which has not run: JShell knows only what has run, so TAB and
 * Shift-TAB read the cell's earlier declarations from its source.
 */
final class UnrunCell {

    /** A complete snippet of the cell, as JShell reads it without running it, and its source. */
    record Declared(Snippet snippet, String source) {}

    private UnrunCell() {
    }

    /** Each complete snippet of {@code earlier}, in order. */
    static List<Declared> snippets(SourceCodeAnalysis analysis, String earlier) {
        List<Declared> out = new ArrayList<>();
        String remaining = earlier;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.source() == null || info.remaining().length() >= remaining.length()) break;
            try {
                for (Snippet sn : analysis.sourceToSnippets(info.source())) out.add(new Declared(sn, info.source()));
            } catch (RuntimeException unparsable) {
                // a snippet JShell cannot read yet declares nothing
            }
            remaining = info.remaining();
        }
        return out;
    }

    /**
     * The variable and type declarations among {@code earlier}'s snippets as the opening of a block
     * ({@code "{\nvar sb = new StringBuilder();\n"}), or null when there are none: as locals of a block that
     * ends with the snippet at the cursor, they type what follows ({@code sb.app}). Methods cannot be
     * locals and imports cannot stand in a block; expressions and other statements declare nothing.
     */
    static String declarationsAsBlock(SourceCodeAnalysis analysis, String earlier) {
        StringBuilder block = new StringBuilder("{\n");
        boolean any = false;
        for (Declared d : snippets(analysis, earlier)) {
            String source = d.source().strip();
            boolean local = d.snippet() instanceof VarSnippet
                    || (d.snippet() instanceof TypeDeclSnippet && source.matches("(?s)((final|abstract|sealed|non-sealed)\\s+)*(class|record|enum|interface)\\b.*"));
            if (local && !source.matches("(?s)(public|private|protected|static)\\b.*")) {
                block.append(source).append('\n');
                any = true;
            }
        }
        return any ? block.toString() : null;
    }
}
