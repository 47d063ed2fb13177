package dev.civkit.display;

import dev.civkit.client.Step;
import dev.civkit.client.Workflow;
import dev.civkit.outputs.DownloadResult;
import dev.civkit.outputs.SavedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A workflow as a notebook card: a status header, the facts (steps, cost, times), then its outputs
 * inline — images as embedded thumbnails linked to the saved file, audio and video as players,
 * text results as text. The text/plain twin is the status line JShell prints.
 */
public final class WorkflowCard {
    static final String BOX = "font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:13px;border:1px solid #d0d7de;"
            + "border-radius:8px;padding:10px 12px;margin:4px 0;max-width:860px;background:#fff;color:#1f2328";
    private static final Set<String> NOT_TEXT = Set.of("id", "url", "jobId", "type", "nsfwLevel", "available", "blockedReason");

    private WorkflowCard() {}

    public static Map<String, Object> bundle(Workflow w, JsonNode request, DownloadResult files, String problem, String plain) {
        StringBuilder h = new StringBuilder("<div style=\"").append(BOX).append("\">");
        h.append(header(w));
        h.append("<table style=\"border-collapse:collapse;margin:6px 0;font-size:12px\">");
        row(h, "steps", steps(w));
        if (w.totalCost() != null) row(h, "cost", StatusLine.buzz(w.totalCost()) + " Buzz");
        row(h, "created", w.createdAt());
        String took = StatusLine.took(w);
        if (took != null) row(h, "took", took);
        String outs = StatusLine.outputs(w);
        if (!outs.isEmpty()) row(h, "outputs", outs);
        String why = StatusLine.failure(w);
        if (why != null) row(h, "failed", why);
        h.append("</table>");
        if (files != null) media(h, w, request, files);
        else if (!w.isTerminal()) h.append(note("outputs appear here when it finishes: <code>await()</code>"));
        texts(h, w);
        if (problem != null) h.append(note("could not fetch the outputs: " + Html.esc(problem)));
        String none = w.isTerminal() ? StatusLine.nothingSaved(w, files) : null;
        if (none != null) h.append(note(Html.esc(none)));
        h.append("</div>");
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", plain);
        bundle.put("text/html", h.toString());
        return bundle;
    }

    /** A whatif answer: per step and in total, and what each currency would pay; {@code plain} is the text form. */
    public static Map<String, Object> quote(Workflow plan, double total, Map<String, Double> byCurrency, boolean insufficient, String plain) {
        return QuoteCard.bundle(plan, total, byCurrency, insufficient, plain);
    }

    /** What replaces a progress display when the wait is stopped: the workflow goes on, and here is how to return to it. */
    static String stopped(String id, String lastStatus, String pickUp) {
        return "<div style=\"font-family:system-ui,-apple-system,Segoe UI,sans-serif;border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;max-width:900px\">"
                + "<div style=\"font-weight:600;font-size:14px\"><code>" + Html.esc(id) + "</code> " + badge(lastStatus)
                + " <span style=\"font-weight:400;color:#57606a\">stopped waiting; it keeps running on the server</span></div>"
                + note("pick it up with <code>" + Html.esc(pickUp) + "</code>") + "</div>";
    }

    static String header(Workflow w) {
        return "<div style=\"font-weight:600;font-size:14px\"><code>" + Html.esc(w.id()) + "</code> " + badge(w.status()) + "</div>";
    }

    static String badge(String status) {
        String s = status == null ? "submitted" : status;
        String color = switch (s) {
            case "succeeded" -> "#1a7f37";
            case "failed", "expired" -> "#cf222e";
            case "canceled" -> "#6e7781";
            default -> "#0969da";
        };
        return "<span style=\"display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;color:#fff;background:"
                + color + "\">" + Html.esc(s) + "</span>";
    }

    static String steps(Workflow w) {
        List<String> parts = new ArrayList<>();
        for (Step s : w.steps()) parts.add((s.name() == null ? "" : s.name() + ": ") + s.type() + (s.status() == null ? "" : " (" + s.status() + ")"));
        return parts.isEmpty() ? "none" : String.join(" > ", parts);
    }

    static void row(StringBuilder h, String key, String value) {
        if (value == null) return;
        h.append("<tr><td style=\"color:#57606a;padding:1px 10px 1px 0;vertical-align:top;text-align:left\">").append(Html.esc(key))
                .append("</td><td style=\"padding:1px 0;text-align:left\">").append(Html.esc(value)).append("</td></tr>");
    }

    static String note(String html) {
        return "<div style=\"color:#57606a;font-size:12px;margin-top:4px\">" + html + "</div>";
    }

    private static void media(StringBuilder h, Workflow w, JsonNode request, DownloadResult files) {
        if (files.saved().isEmpty() && files.missing().isEmpty()) return;
        h.append("<div style=\"display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start\">");
        for (SavedFile f : files.saved()) h.append(figure(f, Captions.of(w, request, f.output().stepName()).line(80)));
        h.append("</div>");
        for (DownloadResult.Missing m : files.missing()) h.append(note("missing: " + Html.esc(m.toString())));
    }

    /** One saved output as a figure: an embedded picture, a player, or a link. */
    public static String figure(SavedFile f, String caption) {
        return figure(f, caption, Media.CARD_THUMB);
    }

    public static String figure(SavedFile f, String caption, int thumbSide) {
        String href = Html.href(f.path());
        String mime = f.contentType() == null ? "" : f.contentType();
        String kind = f.output().kind();
        StringBuilder h = new StringBuilder("<figure style=\"margin:0;max-width:" + Math.max(thumbSide, 240) + "px\">");
        if (kind.equals("image") || mime.startsWith("image/")) {
            try {
                Media.Thumb t = Media.thumbnail(f.path(), thumbSide);
                h.append("<a href=\"").append(Html.esc(href)).append("\"><img src=\"").append(t.dataUri())
                        .append("\" width=\"").append(t.width()).append("\" height=\"").append(t.height())
                        .append("\" alt=\"").append(Html.esc(f.output().stepName() + " " + f.output().path()))
                        .append("\" style=\"display:block;border-radius:4px;max-width:100%;height:auto\"></a>");
            } catch (RuntimeException e) {
                h.append(note("cannot preview: " + Html.esc(e.getMessage())));
            }
        } else if (kind.equals("video") || mime.startsWith("video/")) {
            String src = Media.dataUriIfSmall(f.path(), mime);
            h.append("<video controls preload=\"metadata\" style=\"max-width:").append(thumbSide).append("px\" src=\"")
                    .append(Html.esc(src != null ? src : href)).append("\"></video>");
        } else if (kind.equals("audio") || mime.startsWith("audio/")) {
            String src = Media.dataUriIfSmall(f.path(), mime);
            h.append("<audio controls preload=\"metadata\" src=\"").append(Html.esc(src != null ? src : href)).append("\"></audio>");
        }
        h.append("<figcaption style=\"font-size:11px;color:#57606a;margin-top:2px;word-break:break-word\">");
        if (caption != null && !caption.isEmpty()) h.append(Html.esc(caption)).append("<br>");
        h.append("<a href=\"").append(Html.esc(href)).append("\" style=\"color:#0969da\">").append(Html.esc(Html.shown(f.path()))).append("</a>");
        if (f.width() != null) h.append(" ").append(f.width()).append("&times;").append(f.height());
        h.append("</figcaption></figure>");
        return h.toString();
    }

    /** Strings a step produced outside its files: transcriptions, enhanced prompts, echoes, replies. */
    static void texts(StringBuilder h, Workflow w) {
        for (Step s : w.steps()) {
            if (s.output() == null) continue;
            Map<String, String> found = new LinkedHashMap<>();
            collect(s.output(), "", found);
            found.forEach((path, text) -> h.append("<div style=\"margin-top:6px\"><span style=\"color:#57606a;font-size:12px\">")
                    .append(Html.esc((s.name() == null ? s.type() : s.name()) + " " + path))
                    .append("</span><pre style=\"white-space:pre-wrap;margin:2px 0;padding:6px;background:#f6f8fa;border-radius:4px\">")
                    .append(Html.esc(text.length() > 4000 ? text.substring(0, 4000) + "..." : text)).append("</pre></div>"));
        }
    }

    private static void collect(JsonNode node, String path, Map<String, String> found) {
        if (found.size() >= 8) return;
        if (node.isObject()) {
            if (node.has("id") && (node.has("url") || node.has("available"))) return; // a blob: shown as media
            node.properties().forEach(e -> {
                String key = e.getKey();
                if (NOT_TEXT.contains(key) || key.endsWith("Url") || key.endsWith("At")) return;
                collect(e.getValue(), path.isEmpty() ? key : path + "." + key, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collect(node.get(i), path + "[" + i + "]", found);
        } else if (node.isString() && !node.asString().isBlank()) {
            found.put(path, node.asString());
        }
    }
}
