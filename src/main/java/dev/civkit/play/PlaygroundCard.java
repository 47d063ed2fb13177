package dev.civkit.play;

import dev.civkit.display.Html;
import dev.civkit.display.StatusLine;
import dev.civkit.display.Thumbnails;
import dev.civkit.dsl.StepForm;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * The playground where no widget can show (nbconvert, nbclient, a front end without the widget
 * manager): a card with the fields and their values, the price, the DSL line and the results so far.
 * It says how to get the form, so a reader of an executed notebook knows what they are missing.
 */
final class PlaygroundCard {
    static final int THUMB = 160;

    private PlaygroundCard() {}

    static String html(Playground p) {
        Map<String, Object> v = p.values();
        StringBuilder h = new StringBuilder("<div style=\"font-family:sans-serif;font-size:13px;border:1px solid #ccc;border-radius:6px;padding:8px;max-width:820px\">")
                .append("<div style=\"font-weight:bold\">Prompt playground: ").append(Html.esc(p.form().stepType())).append("</div>")
                .append("<table style=\"border-collapse:collapse;margin:6px 0\">");
        for (StepForm.Input in : p.form().inputs()) {
            if (!in.common()) continue;
            Object value = v.get(in.name());
            String shown = value == null ? "<span style=\"color:#888\">(service default)</span>" : Html.esc(value);
            if (in.kind() == StepForm.Kind.SEED) shown += p.seedLocked() ? " (locked)" : " (new each time)";
            h.append("<tr><td style=\"padding:1px 8px 1px 0;color:#555\">").append(Html.esc(in.name())).append("</td><td>").append(shown).append("</td></tr>");
        }
        h.append("</table>");
        Playground.Price price = p.price();
        h.append("<div>").append(price.known() ? "Price: <b>" + StatusLine.buzz(price.buzz()) + " Buzz</b>" : "No price: " + Html.esc(price.problem()))
                .append(" &middot; ").append(Html.esc(p.budgetLine())).append("</div>");
        h.append("<pre style=\"background:#f6f6f6;padding:4px;white-space:pre-wrap\">").append(Html.esc(p.code())).append("</pre>");
        if (!p.results().isEmpty()) {
            h.append("<div style=\"display:flex;flex-wrap:wrap;gap:6px\">");
            for (Playground.Result r : p.results()) {
                h.append("<figure style=\"margin:0;width:").append(THUMB).append("px\">");
                for (Path img : r.images()) {
                    byte[] t = Thumbnails.cachedBytes(img, img.getParent().resolve(".thumbs"), THUMB);
                    if (t != null) h.append("<img style=\"max-width:").append(THUMB).append("px\" src=\"data:image/jpeg;base64,")
                            .append(Base64.getEncoder().encodeToString(t)).append("\">");
                }
                h.append("<figcaption style=\"font-size:11px\">").append(Html.esc(r.caption(p.form().initial()))).append("<br>")
                        .append(Html.esc(r.handle().toString())).append("</figcaption></figure>");
            }
            h.append("</div>");
        }
        h.append("<div style=\"color:#888;font-size:11px;margin-top:4px\">The form shows in JupyterLab or Notebook 7 with the civkit kernel; "
                + "here: set(field, value), generate(), code().</div></div>");
        return h.toString();
    }
}
