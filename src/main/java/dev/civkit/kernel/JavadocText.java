package dev.civkit.kernel;

import dev.civkit.display.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A doc comment as JShell's documentation lookup returns it (the comment's text, tags and HTML
 * unrendered) made readable for inspection: the description, then parameters, return value and
 * exceptions, as plain text and as HTML from one reading. Enough of javadoc's syntax for civkit's
 * comments and the JDK's; an unknown inline tag shows its text.
 */
final class JavadocText {
    /** The block tags shown, in javadoc's order, with their headings; others (author, serial…) are left out. */
    private static final List<Map.Entry<String, String>> SECTIONS = List.of(Map.entry("param", "Parameters"),
            Map.entry("return", "Returns"), Map.entry("throws", "Throws"), Map.entry("see", "See also"), Map.entry("since", "Since"));

    /** A block tag: its name, the name it documents (a parameter or exception; "" for others) and its text. */
    private record Tag(String name, String subject, String text) {}

    private final String description;
    private final List<Tag> tags;

    private JavadocText(String description, List<Tag> tags) {
        this.description = description;
        this.tags = tags;
    }

    static JavadocText parse(String comment) {
        List<String> parts = splitBlockTags(comment == null ? "" : comment);
        List<Tag> tags = new ArrayList<>();
        for (String part : parts.subList(1, parts.size())) {
            int end = wordEnd(part, 1);
            String name = part.substring(1, end);
            String rest = part.substring(end).strip();
            String subject = "";
            if (name.equals("param") || name.equals("throws") || name.equals("exception")) {
                int s = wordEnd(rest, 0);
                subject = rest.substring(0, s);
                rest = rest.substring(s).strip();
            }
            tags.add(new Tag(name.equals("exception") ? "throws" : name, subject, rest));
        }
        return new JavadocText(parts.get(0).strip(), tags);
    }

    boolean isEmpty() {
        return description.isEmpty() && tags.isEmpty();
    }

    String plain() {
        StringBuilder b = new StringBuilder(inline(description, false));
        for (var section : SECTIONS) {
            List<Tag> these = tags.stream().filter(t -> t.name().equals(section.getKey())).toList();
            if (these.isEmpty()) continue;
            if (b.length() > 0) b.append("\n\n");
            b.append(section.getValue()).append(':');
            for (Tag t : these) {
                b.append("\n  ");
                if (!t.subject().isEmpty()) b.append(t.subject()).append(" - ");
                b.append(inline(t.text(), false).replace("\n", "\n    "));
            }
        }
        return b.toString();
    }

    String html() {
        StringBuilder b = new StringBuilder();
        if (!description.isEmpty()) b.append("<div>").append(inline(description, true)).append("</div>");
        StringBuilder dl = new StringBuilder();
        for (var section : SECTIONS) {
            List<Tag> these = tags.stream().filter(t -> t.name().equals(section.getKey())).toList();
            if (these.isEmpty()) continue;
            dl.append("<dt><b>").append(section.getValue()).append(":</b></dt>");
            for (Tag t : these) {
                dl.append("<dd style=\"margin-left:1.5em\">");
                if (!t.subject().isEmpty()) dl.append("<code>").append(Html.esc(t.subject())).append("</code> – ");
                dl.append(inline(t.text(), true)).append("</dd>");
            }
        }
        if (dl.length() > 0) b.append("<dl style=\"margin:6px 0 0 0\">").append(dl).append("</dl>");
        return b.toString();
    }

    /** The main description first, then one string per block tag, each starting with its {@code @name}. */
    private static List<String> splitBlockTags(String comment) {
        List<String> parts = new ArrayList<>();
        int depth = 0, start = 0;
        boolean lineStart = true;
        for (int i = 0; i < comment.length(); i++) {
            char c = comment.charAt(i);
            if (c == '\n') {
                lineStart = true;
                continue;
            }
            if (lineStart && Character.isWhitespace(c)) continue;
            // A block tag begins a line outside any inline tag; "@" elsewhere is text ({@code @Override}).
            if (lineStart && c == '@' && depth == 0 && i + 1 < comment.length() && Character.isLetter(comment.charAt(i + 1))) {
                parts.add(comment.substring(start, i));
                start = i;
            }
            lineStart = false;
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
        }
        parts.add(comment.substring(start));
        return parts;
    }

    /** Inline tags rendered, HTML kept (html) or read into plain text with paragraphs and list items kept. */
    private static String inline(String text, boolean html) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int tag = text.indexOf("{@", i);
            if (tag < 0) tag = text.length();
            b.append(html ? text.substring(i, tag) : markupToText(text.substring(i, tag)));
            if (tag == text.length()) break;
            int close = matchingBrace(text, tag);
            int nameEnd = wordEnd(text, tag + 2);
            String name = text.substring(tag + 2, nameEnd);
            String body = text.substring(Math.min(nameEnd, close), close).strip();
            b.append(inlineTag(name, body, html));
            i = Math.min(close + 1, text.length());
        }
        return html ? b.toString().strip() : tidy(b.toString());
    }

    private static String inlineTag(String name, String body, boolean html) {
        switch (name) {
            case "code", "literal", "value" -> {
                boolean code = !name.equals("literal");
                if (!html) return body;
                return code ? "<code>" + Html.esc(body) + "</code>" : Html.esc(body);
            }
            case "link", "linkplain" -> {
                int end = referenceEnd(body);
                String label = body.substring(end).strip();
                String shown = label.isEmpty() ? reference(body.substring(0, end)) : label;
                if (!html) return shown;
                return name.equals("link") && label.isEmpty() ? "<code>" + Html.esc(shown) + "</code>" : Html.esc(shown);
            }
            case "inheritDoc" -> {
                return ""; // JShell has already put the inherited text in its place
            }
            default -> {
                return html ? Html.esc(body) : body;
            }
        }
    }

    /** {@code Type#member(args)} as a reader says it: {@code Type.member(args)}, or {@code member(args)} for {@code #member}. */
    private static String reference(String ref) {
        return ref.startsWith("#") ? ref.substring(1) : ref.replace('#', '.');
    }

    /** Text with HTML markup read as plain text: paragraphs and breaks as new lines, list items as dashes, entities decoded. */
    private static String markupToText(String s) {
        String t = s.replaceAll("(?i)<p\\s*/?>|</p>|<pre[^>]*>|</pre>|</?ul>|</?ol>|</?dl>", "\n\n")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)\\s*<li>", "\n- ")
                .replaceAll("<[a-zA-Z/][^>]*>", "");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** One space between words, a blank line between paragraphs; a list item keeps its line. */
    private static String tidy(String s) {
        StringBuilder b = new StringBuilder();
        for (String para : s.split("\n\\s*\n")) {
            String p = para.strip();
            if (p.isEmpty()) continue;
            if (b.length() > 0) b.append("\n\n");
            List<String> lines = new ArrayList<>();
            for (String line : p.split("\n")) {
                String l = line.strip().replaceAll("\\s+", " ");
                if (l.isEmpty()) continue;
                if (l.startsWith("- ") || lines.isEmpty()) lines.add(l);
                else lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + l);
            }
            b.append(String.join("\n", lines));
        }
        return b.toString();
    }

    /** The index of the brace closing the inline tag opened at {@code open}, nested braces counted; the end when unclosed. */
    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return s.length();
    }

    /** Where a reference such as {@code Type#member(String, int)} ends: the first space outside its parentheses. */
    private static int referenceEnd(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && Character.isWhitespace(c)) return i;
        }
        return s.length();
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '}') i++;
        return i;
    }
}
