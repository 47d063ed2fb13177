package dev.civkit.sweep;

import static dev.civkit.widget.Widgets.*;

import dev.civkit.display.Html;
import dev.civkit.widget.Box;
import dev.civkit.widget.Button;
import dev.civkit.widget.Dropdown;
import dev.civkit.widget.HTML;
import dev.civkit.widget.Image;
import dev.civkit.widget.Output;
import dev.civkit.widget.ToggleButton;
import dev.civkit.widget.Widget;
import dev.civkit.widget.WidgetKernel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Browser} as widgets: a filter menu per varied field, page buttons and a page menu, a grid
 * of one page of tiles (thumbnail, caption, pick, card). The tiles are made once and refilled on each
 * page, so a page switch sends only that page's small thumbnails and captions; the next page's
 * thumbnails are made in the background meanwhile.
 */
final class BrowserView {
    static final String ALL = "(all)";

    private final Browser b;
    private final List<Tile> tiles = new ArrayList<>();
    private final Dropdown pageMenu = dropdown("1").description("page");
    private final HTML status = html("");
    private final Output card = output();
    /** Set while the view refills tiles, so the pick toggles it sets are not taken for clicks. */
    private boolean refilling;
    private final ScheduledThreadPoolExecutor ahead = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "civkit-browser-thumbnails");
        t.setDaemon(true);
        return t;
    });

    /** One place in the grid: what it shows changes with the page. */
    private final class Tile {
        final Image image = image(new byte[0]).width(Browser.THUMB + "px");
        final HTML caption = html("");
        final ToggleButton pick = toggle("pick").icon("check");
        final Button show = button("card").icon("id-card");
        final Box box = vbox(image, caption, hbox(pick, show)).layout("padding", "3px");
        Row row;

        Tile() {
            pick.observe(c -> {
                if (refilling || row == null) return;
                boolean on = Boolean.TRUE.equals(c.value());
                if (on) b.pick(row.cell().index());
                else b.unpick(row.cell().index());
                border(on);
                showStatus();
            });
            show.onClick(x -> {
                if (row == null) return;
                card.clear();
                if (row.workflowId() != null) card.display(b.result().session().attach(row.workflowId()));
                else card.println("#" + row.cell().index() + " " + row.cell().label() + ": " + row.status()
                        + (row.reason() == null ? "" : " (" + row.reason() + ")"));
            });
        }

        void show(Row r) {
            row = r;
            box.visible(r != null);
            if (r == null) return;
            byte[] t = b.thumbnailBytes(r);
            image.value(t == null ? new byte[0] : t);
            caption.value("<div style=\"font-size:11px;width:" + Browser.THUMB + "px;line-height:1.25;overflow-wrap:anywhere\">#"
                    + r.cell().index() + " " + Html.esc(b.caption(r)) + (r.succeeded() ? "" : " <b>" + Html.esc(r.status()) + "</b>") + "</div>");
            boolean on = b.isPicked(r.cell().index());
            pick.value(on);
            border(on);
        }

        void border(boolean on) {
            box.layout("border", on ? "3px solid #2a7" : "3px solid transparent");
        }
    }

    private BrowserView(Browser b) {
        this.b = b;
        ahead.setKeepAliveTime(30, TimeUnit.SECONDS);
        ahead.allowCoreThreadTimeOut(true);
    }

    static Map<String, Object> bundle(Browser b) {
        WidgetKernel k = WidgetKernel.current();
        if (k == null || !k.rendering()) return null;
        Map<String, Object> out = new LinkedHashMap<>(new BrowserView(b).build().toMimeBundle());
        out.put("text/plain", b.toString());
        return out;
    }

    private Widget<?> build() {
        List<Widget<?>> filters = new ArrayList<>();
        for (String d : b.dimensions()) {
            List<String> options = new ArrayList<>(List.of(ALL));
            options.addAll(b.values(d));
            Dropdown f = dropdown(options).description(d);
            f.observe(c -> {
                b.filter(d, ALL.equals(c.value()) ? null : c.value());
                refill();
            });
            filters.add(f);
        }
        Button prev = button("previous").icon("arrow-left");
        Button next = button("next").icon("arrow-right");
        prev.onClick(x -> go(b.page() - 1));
        next.onClick(x -> go(b.page() + 1));
        pageMenu.observe(c -> {
            if (!refilling) go(Integer.parseInt(c.value()));
        });
        List<Widget<?>> cells = new ArrayList<>();
        for (int i = 0; i < b.pageSize(); i++) {
            Tile t = new Tile();
            tiles.add(t);
            cells.add(t.box);
        }
        refill();
        return vbox(hbox(filters.toArray(new Widget<?>[0])).layout("flex_flow", "row wrap"),
                hbox(prev, pageMenu, next, status).gap("8px").layout("align_items", "center"),
                grid("repeat(auto-fill, minmax(" + (Browser.THUMB + 12) + "px, 1fr))", cells.toArray(new Widget<?>[0])).gap("6px"),
                card).width("100%");
    }

    private void go(int page) {
        b.page(page);
        refill();
    }

    /** Shows the browser's current page in the tiles, then makes the next page's thumbnails ahead of the click. */
    private void refill() {
        refilling = true;
        try {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= b.pages(); i++) pages.add(Integer.toString(i));
            if (!pages.equals(pageMenu.options())) pageMenu.options(pages);
            pageMenu.value(Integer.toString(b.page()));
            List<Row> rows = b.visible();
            for (int i = 0; i < tiles.size(); i++) tiles.get(i).show(i < rows.size() ? rows.get(i) : null);
            showStatus();
        } finally {
            refilling = false;
        }
        List<Row> coming = upcoming();
        ahead.execute(() -> coming.forEach(b::thumbnail));
    }

    private List<Row> upcoming() {
        List<Row> m = b.matching();
        int from = b.page() * b.pageSize();
        return List.copyOf(m.subList(Math.min(from, m.size()), Math.min(from + b.pageSize(), m.size())));
    }

    private void showStatus() {
        status.value("<span style=\"font-size:12px\">" + b.matching().size() + " of " + b.result().rows().size() + " cells &middot; page "
                + b.page() + " of " + b.pages() + " &middot; <b>" + b.result().picked().size() + " picked</b> (picked() on the result)</span>");
    }
}
