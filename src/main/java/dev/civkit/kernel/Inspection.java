package dev.civkit.kernel;

import dev.civkit.display.Html;
import java.util.List;
import java.util.function.BooleanSupplier;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.VarSnippet;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What Shift-TAB, the Contextual Help panel and {@code inspect_request} show for the name at the cursor:
 * JShell's signatures and javadoc as text and as HTML.
 */
final class Inspection {
    private final CellEvaluator evaluator;
    private final BooleanSupplier cellRunning;

    /** {@code cellRunning}: while it says so, a variable shows its type alone (its toString() is user code). */
    Inspection(CellEvaluator evaluator, BooleanSupplier cellRunning) {
        this.evaluator = evaluator;
        this.cellRunning = cellRunning;
    }

    /**
     * The inspection of the name at {@code at} in {@code java} (a cell with its magic lines blanked), or
     * null: on a name, inside it, right after it (where Shift-TAB is pressed at the end of what was typed)
     * or inside the parentheses of its call. A session variable shows its type and value; {@code detail}
     * shows the whole value rather than its first line.
     */
    DisplayData inspect(String java, int at, boolean detail) {
        int end = at;
        while (end < java.length() && Character.isJavaIdentifierPart(java.charAt(end))) end++;
        int start = at;
        while (start > 0 && Character.isJavaIdentifierPart(java.charAt(start - 1))) start--;
        boolean member = start > 0 && java.charAt(start - 1) == '.';
        if (!member && start < end) {
            DisplayData variable = variable(java.substring(start, end), detail);
            if (variable != null) return variable;
        }
        List<Documentation> docs = documentation(java, end);
        if (docs.isEmpty() && end < java.length() && java.charAt(end) == '(') docs = documentation(java, end + 1);
        // A method named without its parenthesis (Math.abs, workflow().imageGen): JShell documents a call.
        if (docs.isEmpty() && start < end && (end == java.length() || java.charAt(end) != '('))
            docs = documentation(java.substring(0, end) + "(", end + 1);
        return docs.isEmpty() ? null : render(docs);
    }

    private List<Documentation> documentation(String code, int at) {
        int[] span = evaluator.snippetAround(code, at);
        String snippet = code.substring(span[0], at);
        List<Documentation> docs = List.of();
        // Declarations earlier in the cell have not run: as locals of a block they type the snippet.
        String block = UnrunCell.declarationsAsBlock(evaluator.analysis(), code.substring(0, span[0]));
        if (block != null) docs = evaluator.analysis().documentation(block + snippet, block.length() + snippet.length(), true);
        return docs.isEmpty() ? evaluator.analysis().documentation(snippet, snippet.length(), true) : docs;
    }

    /** A session variable: its name, type and value (the first line of it unless {@code detail}); null for another name. */
    private DisplayData variable(String name, boolean detail) {
        VarSnippet v = evaluator.variable(name).orElse(null);
        if (v == null) return null;
        String value = cellRunning.getAsBoolean() ? null : evaluator.valueOf(v);
        String shown = value == null ? null : detail ? value : summary(value);
        String text = v.name() + ": " + v.typeName() + (shown == null ? "" : " = " + shown);
        DisplayData data = new DisplayData(text);
        data.putHTML("<div style=\"font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:13px\"><pre style=\"margin:4px 0;white-space:pre-wrap\"><b>"
                + Html.esc(v.name()) + "</b>: <code>" + Html.esc(v.typeName()) + "</code>"
                + (shown == null ? "" : " = " + Html.esc(shown)) + "</pre></div>");
        return data;
    }

    private static String summary(String value) {
        String first = value.lines().findFirst().orElse("");
        String cut = first.length() > 200 ? first.substring(0, 200) : first;
        return cut.length() < value.length() ? cut + " …" : cut;
    }

    /** Each signature in bold, its javadoc read into text and HTML (see {@link JavadocText}). */
    static DisplayData render(List<SourceCodeAnalysis.Documentation> docs) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<div style=\"font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:13px\">");
        for (Documentation d : docs) {
            JavadocText doc = JavadocText.parse(d.javadoc());
            if (text.length() > 0) text.append("\n\n");
            text.append(d.signature());
            if (!doc.isEmpty()) text.append("\n\n").append(doc.plain());
            html.append("<pre style=\"margin:4px 0;white-space:pre-wrap\"><b>").append(Html.esc(d.signature())).append("</b></pre>");
            if (!doc.isEmpty()) html.append("<div style=\"margin:0 0 8px 0\">").append(doc.html()).append("</div>");
        }
        DisplayData data = new DisplayData(text.toString());
        data.putHTML(html.append("</div>").toString());
        return data;
    }
}
