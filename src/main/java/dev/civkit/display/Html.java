package dev.civkit.display;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Escaping and links for the self-contained HTML civkit shows in notebooks (no scripts, no external URLs). */
public final class Html {
    private Html() {}

    /** A thin progress bar, 0 to 100 percent, in inline styles (notebooks strip stylesheets). */
    public static String bar(int percent) {
        int p = Math.max(0, Math.min(100, percent));
        return "<div style=\"margin-top:6px;height:8px;background:#eaeef2;border-radius:4px;overflow:hidden\">"
                + "<div style=\"height:8px;width:" + p + "%;background:#0969da\"></div></div>";
    }

    public static String esc(Object o) {
        if (o == null) return "";
        String s = o.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A link a notebook can follow: relative to the kernel's working folder (the notebook's own
     * folder under Jupyter) when the file lies below it, so saved notebooks carry no machine paths.
     */
    public static String href(Path file) {
        Path p = file;
        if (p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (!p.normalize().startsWith(cwd)) return p.toUri().toString();
            p = cwd.relativize(p.normalize());
        }
        StringBuilder b = new StringBuilder();
        for (Path part : p.normalize()) {
            if (b.length() > 0) b.append('/');
            b.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    /** A path as a reader should see it: relative when below the working folder. */
    public static String shown(Path file) {
        if (!file.isAbsolute()) return file.toString();
        Path cwd = Path.of("").toAbsolutePath();
        return file.normalize().startsWith(cwd) ? cwd.relativize(file.normalize()).toString() : file.toString();
    }
}
