package dev.civkit.play;

import static dev.civkit.widget.Widgets.*;

import dev.civkit.display.Html;
import dev.civkit.display.StatusLine;
import dev.civkit.display.Thumbnails;
import dev.civkit.dsl.StepForm;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.widget.Box;
import dev.civkit.widget.Button;
import dev.civkit.widget.FloatProgress;
import dev.civkit.widget.HTML;
import dev.civkit.widget.Output;
import dev.civkit.widget.ToggleButton;
import dev.civkit.widget.ValueWidget;
import dev.civkit.widget.Widget;
import dev.civkit.widget.WidgetKernel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The playground as widgets: a control per field of the step's form (chosen by the field's kind),
 * the price kept current as values change, Generate with a progress bar, a strip of results newest
 * first (each result's card on click), and the DSL line. Every change goes through
 * {@link Playground#set}, so a value the step refuses is named under the form and nothing is sent.
 */
final class PlaygroundView {
    /** Long enough to let a slider settle, short enough to feel immediate; a price already known shows at once. */
    static final long DEBOUNCE_MS = 120;
    static final int STRIP_THUMB = 256;
    private static final String UNSET = "(service default)";

    private final Playground p;
    private final HTML price = html("");
    private final HTML problem = html("");
    private final HTML code = html("");
    private final ToggleButton showCode = toggle("Show code").icon("code");
    private final Button generate = button("Generate").buttonStyle("primary").icon("play");
    private final FloatProgress progress = progress(1.0);
    private final Box strip = hbox().layout("flex_flow", "row wrap").gap("8px");
    private final Output card = output();
    /** Prices are asked off the cell thread, so typing and sliding never wait for the service. */
    private final ScheduledThreadPoolExecutor pricing = pricer();
    private ScheduledFuture<?> pending;
    private long asked;

    /** One thread, gone after a while without work: a form left on screen holds no thread. */
    private static ScheduledThreadPoolExecutor pricer() {
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "civkit-playground-price");
            t.setDaemon(true);
            return t;
        });
        ex.setKeepAliveTime(30, TimeUnit.SECONDS);
        ex.allowCoreThreadTimeOut(true);
        ex.setRemoveOnCancelPolicy(true);
        return ex;
    }

    private PlaygroundView(Playground p) {
        this.p = p;
    }

    /**
     * The form's bundle when a front end that draws widgets is connected (with the static card as its
     * HTML twin, for a saved notebook opened without the kernel); null otherwise, for the card alone.
     */
    static Map<String, Object> bundle(Playground p) {
        WidgetKernel k = WidgetKernel.current();
        if (k == null || !k.rendering()) return null;
        Map<String, Object> b = new LinkedHashMap<>();
        b.putAll(new PlaygroundView(p).build().toMimeBundle());
        b.put("text/html", PlaygroundCard.html(p));
        b.put("text/plain", p.toString());
        return b;
    }

    private Widget<?> build() {
        List<Widget<?>> main = new ArrayList<>(), more = new ArrayList<>();
        for (StepForm.Input in : p.form().inputs()) (in.common() ? main : more).add(control(in));
        Box extra = vbox(more.toArray(new Widget<?>[0])).visible(false);
        ToggleButton moreButton = toggle("More settings (" + more.size() + ")").icon("sliders");
        moreButton.observe(c -> extra.visible(Boolean.TRUE.equals(c.value())));
        progress.visible(false).width("100%").description("");
        code.visible(false);
        showCode.observe(c -> {
            code.visible(Boolean.TRUE.equals(c.value()));
            refreshCode();
        });
        generate.onClick(b -> generate());
        refreshPrice(true);
        List<Widget<?>> all = new ArrayList<>(main);
        if (!more.isEmpty()) {
            all.add(moreButton);
            all.add(extra);
        }
        all.add(hbox(generate, showCode, price).gap("12px").layout("align_items", "center"));
        all.add(problem);
        all.add(progress);
        all.add(code);
        all.add(strip);
        all.add(card);
        return vbox(all.toArray(new Widget<?>[0])).width("100%");
    }

    // --- one control per field, by its kind

    private Widget<?> control(StepForm.Input in) {
        Object v = p.values().get(in.name());
        return switch (in.kind()) {
            case LONG_TEXT -> bind(in, textarea(v == null ? "" : v.toString()).rows(3).placeholder(in.name()).width("100%"), s -> s.isBlank() ? null : s);
            case TEXT -> bind(in, text(v == null ? "" : v.toString()).placeholder(UNSET).continuousUpdate(false), s -> s.isBlank() ? null : s);
            case CHOICE, SIZE -> {
                List<String> options = new ArrayList<>();
                if (v == null) options.add(UNSET);
                options.addAll(in.choices());
                var d = dropdown(options);
                if (v != null) d.value(v.toString());
                yield bind(in, d, s -> UNSET.equals(s) ? null : s);
            }
            case TOGGLE -> bind(in, checkbox(in.name()).value(Boolean.TRUE.equals(v)), b -> b);
            case SEED -> seed(in, v);
            case WHOLE -> in.bounded()
                    ? bind(in, slider((int) in.min(), (int) in.max()).value(v == null ? typical(in).intValue() : ((Number) v).intValue()), x -> x)
                    : bind(in, text(v == null ? "" : v.toString()).placeholder(UNSET).continuousUpdate(false), s -> s.isBlank() ? null : Long.parseLong(s.trim()));
            case NUMBER -> in.bounded()
                    ? bind(in, slider(in.min(), in.max(), in.step()).value(v == null ? typical(in).doubleValue() : ((Number) v).doubleValue()), x -> x)
                    : bind(in, text(v == null ? "" : v.toString()).placeholder(UNSET).continuousUpdate(false), s -> s.isBlank() ? null : Double.parseDouble(s.trim()));
        };
    }

    /** Where a slider rests before anyone moves it (nothing is sent for it until then). */
    private static Number typical(StepForm.Input in) {
        return switch (in.name()) {
            case "steps", "numInferenceSteps" -> 20;
            case "cfgScale" -> 7.0;
            case "guidanceScale" -> 3.5;
            case "quantity", "clipSkip" -> 1;
            case "strength", "denoise", "denoiseStrength" -> 0.5;
            default -> in.min();
        };
    }

    private <T, W extends ValueWidget<T, W>> W bind(StepForm.Input in, W w, Function<T, Object> toValue) {
        w.description(in.name());
        w.observe(c -> {
            Object value;
            try {
                value = toValue.apply(c.value());
            } catch (RuntimeException unreadable) {
                problem.value(bad(in.name() + ": not a " + (in.kind() == StepForm.Kind.WHOLE ? "whole number" : "number") + ": " + c.value()));
                return;
            }
            changed(in.name(), value);
        });
        return w;
    }

    private Widget<?> seed(StepForm.Input in, Object v) {
        var box = text(v == null ? "" : v.toString()).placeholder("new each time").continuousUpdate(false).description("seed");
        var lock = toggle("lock").icon("lock").value(p.seedLocked()).tooltip("keep this seed for each Generate");
        Button dice = button("").icon("random").tooltip("draw a new seed and lock it");
        box.observe(c -> {
            String s = c.value().trim();
            try {
                if (!s.isEmpty()) lock.value(true);
                changed("seed", s.isEmpty() ? null : Long.parseLong(s));
            } catch (NumberFormatException e) {
                problem.value(bad("seed: a whole number from 0 to " + StepForm.MAX_SEED + ", got " + s));
            }
        });
        lock.observe(c -> p.lockSeed(Boolean.TRUE.equals(c.value())));
        dice.onClick(b -> {
            box.value(Long.toString(p.randomizeSeed()));
            lock.value(true);
        });
        return hbox(box, lock, dice);
    }

    private void changed(String field, Object value) {
        try {
            if (value == null) p.reset(field);
            else p.set(field, value);
            problem.value("");
        } catch (InvalidRequestException e) {
            problem.value(bad(e.getMessage()));
            return;
        }
        refreshPrice(false);
        if (Boolean.TRUE.equals(showCode.value())) refreshCode();
    }

    private void refreshCode() {
        try {
            code.value("<pre style=\"background:#f6f6f6;padding:6px;white-space:pre-wrap;margin:0\">" + Html.esc(p.code()) + "</pre>");
        } catch (RuntimeException e) {
            code.value(bad(e.getMessage()));
        }
    }

    /** A known price shows now; a new shape is asked after the values settle, and only the latest answer shows. */
    private synchronized void refreshPrice(boolean now) {
        long mine = ++asked;
        if (pending != null) pending.cancel(false);
        Runnable ask = () -> {
            Playground.Price q = p.price();
            synchronized (this) {
                if (mine != asked) return;
            }
            price.value(q.known() ? "<b>" + StatusLine.buzz(q.buzz()) + " Buzz</b> <span style=\"color:#666\">&middot; " + Html.esc(p.budgetLine()) + "</span>"
                    : bad("no price: " + q.problem()));
        };
        pending = pricing.schedule(ask, now || p.priceKnown() ? 0 : DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    // --- Generate

    private void generate() {
        generate.disabled(true);
        progress.value(0.0).barStyle("info").visible(true);
        try {
            Playground.Result r = p.generate(f -> progress.value(f));
            progress.barStyle(r.handle().workflow().succeeded() ? "success" : "danger");
            List<Widget<?>> tiles = new ArrayList<>();
            tiles.add(tile(r));
            tiles.addAll(strip.children());
            strip.children(tiles.toArray(new Widget<?>[0]));
            problem.value(r.handle().workflow().succeeded() ? "" : bad(r.handle().statusLine()));
            refreshPrice(true);
            if (Boolean.TRUE.equals(showCode.value())) refreshCode();
        } catch (RuntimeException e) {
            progress.barStyle("danger");
            problem.value(bad(e.getMessage()));
        } finally {
            progress.visible(false);
            generate.disabled(false);
        }
    }

    private Widget<?> tile(Playground.Result r) {
        List<Widget<?>> parts = new ArrayList<>();
        for (Path img : r.images()) {
            byte[] t = Thumbnails.cachedBytes(img, img.getParent().resolve(".thumbs"), STRIP_THUMB);
            if (t != null) parts.add(image(t).width(STRIP_THUMB + "px"));
        }
        if (parts.isEmpty()) parts.add(label(r.handle().status()));
        parts.add(html("<div style=\"font-size:11px;max-width:" + STRIP_THUMB + "px;line-height:1.3\">" + Html.esc(r.caption(p.form().initial())) + "</div>"));
        Button show = button("card").icon("id-card").tooltip(r.handle().id());
        show.onClick(b -> card.clear().display(r.handle()));
        parts.add(show);
        return vbox(parts.toArray(new Widget<?>[0])).layout("border", "1px solid #ddd").layout("padding", "4px");
    }

    private static String bad(String message) {
        return "<span style=\"color:#b00\">" + Html.esc(message) + "</span>";
    }
}
