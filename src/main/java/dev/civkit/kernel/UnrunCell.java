package dev.civkit.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * The part of a cell before the cursor, which has not run: JShell knows only what has run, so TAB and
 * Shift-TAB read the cell's earlier declarations from its source.
 */
final class UnrunCell {
    /**
     * A type declaration, read from its source: on JDK 25 {@code sourceToSnippets} of a class or record
     * that has not run leaves the session's {@code documentation()} answering nothing from then on
     * (Shift-TAB dead for the kernel's life), so those are never handed to it.
     */
    private static final Pattern TYPE = Pattern.compile(
            "(?s)(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*((?:(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp)\\s+)*)"
                    + "(?:class|record|enum|interface|@interface)\\s+([A-Za-z_$][\\w$]*)\\b.*");

    /**
     * A local variable declaration, read from its source where JShell cannot type it on its own (its type
     * or initializer names a class declared earlier in the same unrun cell, which JShell has never seen).
     */
    private static final Pattern VARIABLE = Pattern.compile(
            "(?s)(?:final\\s+)?(?:var|[A-Za-z_$][\\w$.]*(?:<[^;=]*>)?(?:\\[\\])*)\\s+([A-Za-z_$][\\w$]*)\\s*(?:=.*|;)");

    /** What a complete snippet of the cell declares, read without running it. */
    enum Kind { VARIABLE, METHOD, TYPE, OTHER }

    /**
     * A complete snippet of the cell and what it declares: its kind, the name it declares (null for
     * {@link Kind#OTHER}), and its source.
     */
    record Declared(Kind kind, String name, String source) {}

    private UnrunCell() {
    }

    /** Each complete snippet of {@code earlier}, in order. */
    static List<Declared> snippets(SourceCodeAnalysis analysis, String earlier) {
        List<Declared> out = new ArrayList<>();
        String remaining = earlier;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.source() == null || info.remaining().length() >= remaining.length()) break;
            Matcher type = TYPE.matcher(info.source().strip());
            if (type.matches()) {
                out.add(new Declared(Kind.TYPE, type.group(2), info.source()));
            } else {
                List<Declared> read = new ArrayList<>();
                try {
                    for (Snippet sn : analysis.sourceToSnippets(info.source())) read.add(declared(sn, info.source()));
                } catch (RuntimeException unparsable) {
                    // a snippet JShell cannot read yet declares nothing, unless its text says what it declares
                }
                Matcher variable = VARIABLE.matcher(info.source().strip());
                if (read.stream().noneMatch(d -> d.kind() != Kind.OTHER) && variable.matches()) {
                    read = List.of(new Declared(Kind.VARIABLE, variable.group(1), info.source()));
                }
                out.addAll(read);
            }
            remaining = info.remaining();
        }
        return out;
    }

    private static Declared declared(Snippet sn, String source) {
        if (sn instanceof VarSnippet v) return new Declared(Kind.VARIABLE, v.name(), source);
        if (sn instanceof MethodSnippet m) return new Declared(Kind.METHOD, m.name(), source);
        if (sn instanceof TypeDeclSnippet t) return new Declared(Kind.TYPE, t.name(), source);
        return new Declared(Kind.OTHER, null, source);
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
            boolean local = d.kind() == Kind.VARIABLE
                    || (d.kind() == Kind.TYPE && source.matches("(?s)((final|abstract|sealed|non-sealed)\\s+)*(class|record|enum|interface)\\b.*"));
            if (local && !source.matches("(?s)(public|private|protected|static)\\b.*")) {
                block.append(source).append('\n');
                any = true;
            }
        }
        return any ? block.toString() : null;
    }
}
