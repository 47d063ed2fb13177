package dev.civkit.sweep;

import dev.civkit.display.Html;
import java.util.Base64;

/**
 * A browser's current page as a static card, where widgets do not show: its thumbnails (small JPEGs
 * inline, one page only), captions and picks, and the verbs that page and pick from code.
 */
final class BrowserCard {
    private BrowserCard() {}

    static String html(Browser b) {
        StringBuilder h = new StringBuilder("<div style=\"font-family:sans-serif;font-size:13px\"><div>")
                .append(Html.esc(b.toString())).append("</div><div style=\"display:grid;grid-template-columns:repeat(auto-fill,")
                .append(Browser.THUMB + 8).append("px);gap:6px;margin-top:6px\">");
        for (Row r : b.visible()) {
            boolean picked = b.isPicked(r.cell().index());
            h.append("<figure style=\"margin:0;padding:2px;border:2px solid ").append(picked ? "#2a7" : "transparent").append("\">");
            byte[] t = b.thumbnailBytes(r);
            if (t != null) h.append("<img style=\"max-width:").append(Browser.THUMB).append("px\" src=\"data:image/jpeg;base64,")
                    .append(Base64.getEncoder().encodeToString(t)).append("\">");
            else h.append("<div style=\"width:").append(Browser.THUMB).append("px;height:60px;background:#eee;color:#666\">")
                    .append(Html.esc(r.status())).append("</div>");
            h.append("<figcaption style=\"font-size:11px\">#").append(r.cell().index()).append(' ').append(Html.esc(b.caption(r)))
                    .append(picked ? " &#10003;" : "").append("</figcaption></figure>");
        }
        h.append("</div><div style=\"color:#888;font-size:11px;margin-top:4px\">The clickable grid shows in JupyterLab or Notebook 7 with the "
                + "civkit kernel; here: page(n), filter(field, value), pick(cell), then picked() on the result.</div></div>");
        return h.toString();
    }
}
