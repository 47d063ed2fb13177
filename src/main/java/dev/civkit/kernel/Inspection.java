package dev.civkit.kernel;

import dev.civkit.display.Html;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What Shift-TAB, the Contextual Help panel and {@code inspect_request} show for the name at the cursor:
 * JShell's signatures and javadoc as text and as HTML.
 */
final class Inspection {
    private final CellEvaluator evaluator;

    Inspection(CellEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The inspection of the name at {@code at} in {@code java} (a cell with its magic lines blanked), or null. */
    DisplayData inspect(String java, int at) {
        // On a name, inside it, or right after it: look it up as if the cursor stood at its end.
        int end = at;
        while (end < java.length() && Character.isJavaIdentifierPart(java.charAt(end))) end++;
        List<Documentation> docs = documentation(java, end);
        if (docs.isEmpty() && end < java.length() && java.charAt(end) == '(') docs = documentation(java, end + 1);
        return docs.isEmpty() ? null : render(docs);
    }

    private List<Documentation> documentation(String code, int at) {
        int[] span = evaluator.snippetAround(code, at);
        String snippet = code.substring(span[0], at);
        return evaluator.analysis().documentation(snippet, snippet.length(), true);
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
