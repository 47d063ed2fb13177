package dev.civkit.display;

import dev.civkit.widget.Box;
import dev.civkit.widget.FloatProgress;
import dev.civkit.widget.HTML;
import dev.civkit.widget.WidgetKernel;
import dev.civkit.widget.Widgets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One progress display in a notebook cell. Where a front end draws widgets it is a status line and a
 * bar kept in step over their comms (each change a few bytes, no output redrawn); elsewhere (nbconvert,
 * nbclient, a front end without the widget manager) an HTML bundle redrawn with update_display_data.
 * Either way the text/plain line is what a headless run saves, and {@link #replaceWith} puts the
 * final card in its place.
 */
public final class ProgressView {
    private final NotebookDisplay.Target target;
    private final String displayId = UUID.randomUUID().toString();
    private final HTML status;
    private final FloatProgress bar;
    private final Box widgets;

    private ProgressView(NotebookDisplay.Target target, boolean asWidgets) {
        this.target = target;
        if (asWidgets) {
            status = Widgets.html("");
            bar = Widgets.progress(1.0).width("100%");
            widgets = Widgets.vbox(status, bar).width("100%");
        } else {
            status = null;
            bar = null;
            widgets = null;
        }
    }

    /**
     * Shows the first state in {@code target}: {@code drawn} is the whole display for front ends
     * without widgets (its text/plain also stands under the widgets), {@code statusHtml} the line
     * above the bar, {@code fraction} 0..1 (negative: not known yet).
     */
    public static ProgressView show(NotebookDisplay.Target target, Map<String, Object> drawn, String statusHtml, double fraction) {
        WidgetKernel k = WidgetKernel.current();
        ProgressView v = new ProgressView(target, k != null && k.rendering());
        if (v.widgets != null) {
            v.set(statusHtml, fraction);
            Map<String, Object> b = new LinkedHashMap<>(v.widgets.toMimeBundle());
            b.put("text/plain", drawn.get("text/plain"));
            target.display(v.displayId, b);
        } else {
            target.display(v.displayId, drawn);
        }
        return v;
    }

    /** The bundle progress without widgets draws: {@code text}, and {@code html} above a bar. */
    public static Map<String, Object> htmlBundle(String text, String html, double fraction) {
        int width = fraction < 0 ? 0 : (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("text/plain", text);
        b.put("text/html", "<div style=\"font-family:sans-serif;font-size:13px\">" + html + Html.bar(width) + "</div>");
        return b;
    }

    public String displayId() {
        return displayId;
    }

    /** Whether the bar is a widget (else an HTML output). */
    public boolean asWidgets() {
        return widgets != null;
    }

    /** The next state, as {@link #show} takes it. */
    public void update(Map<String, Object> drawn, String statusHtml, double fraction) {
        if (widgets != null) set(statusHtml, fraction);
        else target.update(displayId, drawn);
    }

    /** Puts {@code bundle} (the result card, a "stopped" note) where the progress was, for good. */
    public void replaceWith(Map<String, Object> bundle) {
        target.update(displayId, bundle);
        if (widgets != null) {
            widgets.close();
            status.close();
            bar.close();
        }
    }

    private void set(String html, double fraction) {
        status.value(html);
        bar.value(Math.max(0, Math.min(1, fraction)));
        bar.barStyle(fraction >= 1 ? "success" : "");
    }

    @Override
    public String toString() {
        return "progress display " + displayId + (widgets != null ? " (widgets)" : " (html)");
    }
}
