package dev.civkit;

import dev.civkit.display.Captions;
import dev.civkit.display.Html;
import dev.civkit.display.NotebookDisplay;
import dev.civkit.display.WorkflowCard;
import dev.civkit.outputs.SavedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several workflows' outputs side by side, each captioned with the prompt, seed and engine it was
 * asked for: a thumbnail grid in a notebook, a listing in JShell. Made by {@code gallery(h1, h2, …)},
 * which waits for and saves every workflow first.
 */
public final class Gallery {
    /** Longest side of a gallery thumbnail: small enough for a dozen in a saved notebook. */
    public static final int THUMB = 256;

    /** One saved output and what produced it. */
    public record Item(WorkflowHandle handle, SavedFile file, Captions captions) {}

    private final List<WorkflowHandle> handles;
    private final List<Item> items = new ArrayList<>();

    Gallery(List<WorkflowHandle> handles) {
        this.handles = List.copyOf(handles);
        awaitAll();
        for (WorkflowHandle h : this.handles) {
            var request = h.request();
            for (SavedFile f : h.files())
                items.add(new Item(h, f, Captions.of(h.workflow(), request == null ? null : request.node(), f.output().stepName())));
        }
    }

    /** One progress display (or console line) for the whole set, not one per workflow. */
    private void awaitAll() {
        long started = System.nanoTime();
        String displayId = null;
        for (int done = 0; done < handles.size(); done++) {
            WorkflowHandle h = handles.get(done);
            if (h.isDone()) continue;
            String line = "gallery: waiting for " + h.id() + " (" + done + " of " + handles.size() + " done)";
            if (displayId == null) displayId = NotebookDisplay.show(Map.of("text/plain", line));
            else NotebookDisplay.update(displayId, Map.of("text/plain", line));
            if (displayId == null) System.out.println(line);
            h.awaitQuietly();
        }
        if (displayId != null)
            NotebookDisplay.update(displayId, Map.of("text/plain", "gallery: " + handles.size() + " workflows finished after "
                    + dev.civkit.display.StatusLine.seconds(java.time.Duration.ofNanos(System.nanoTime() - started))));
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public List<WorkflowHandle> handles() {
        return handles;
    }

    /** In a notebook shows the grid now (useful mid-cell); in JShell prints the listing. */
    public void show() {
        if (NotebookDisplay.show(toMimeBundle()) == null) System.out.println(this);
    }

    public Map<String, Object> toMimeBundle() {
        StringBuilder h = new StringBuilder("<div style=\"font-family:system-ui,-apple-system,Segoe UI,sans-serif;"
                + "display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start;max-width:1100px\">");
        for (Item i : items) {
            String caption = i.handle().id() + " | " + i.captions().line(120);
            h.append(WorkflowCard.figure(i.file(), caption, THUMB));
        }
        for (WorkflowHandle w : handles) {
            if (!w.workflow().succeeded())
                h.append("<div style=\"font-size:12px;color:#cf222e\">").append(Html.esc(w.toString())).append("</div>");
        }
        h.append("</div>");
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", toString());
        bundle.put("text/html", h.toString());
        return bundle;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("gallery: " + items.size() + " file" + (items.size() == 1 ? "" : "s")
                + " from " + handles.size() + " workflow" + (handles.size() == 1 ? "" : "s"));
        for (Item i : items) {
            b.append("\n  ").append(i.file().describe()).append("  ").append(i.captions().line(60));
        }
        for (WorkflowHandle w : handles) {
            if (!w.workflow().succeeded()) b.append("\n  ").append(w);
        }
        return b.toString();
    }
}
