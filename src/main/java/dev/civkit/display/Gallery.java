package dev.civkit.display;

import dev.civkit.outputs.SavedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several workflows' outputs side by side, each captioned with the prompt, seed and engine it was
 * asked for: a thumbnail grid in a notebook, a listing in JShell. A value: {@code gallery(h1, h2, …)}
 * waits for and saves every workflow, then makes one.
 */
public final class Gallery {
    /** Longest side of a gallery thumbnail: small enough for a dozen in a saved notebook. */
    public static final int THUMB = 256;

    /** One saved output and what produced it. */
    public record Item(String workflowId, SavedFile file, Captions captions) {}

    private final List<Item> items;
    private final int workflows;
    private final List<String> notSucceeded;

    /**
     * {@code notSucceeded} holds the status lines of the workflows that did not succeed, shown
     * after the pictures so a failed cell of a comparison is not silently missing.
     */
    public Gallery(List<Item> items, int workflows, List<String> notSucceeded) {
        this.items = List.copyOf(items);
        this.workflows = workflows;
        this.notSucceeded = List.copyOf(notSucceeded);
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** In a notebook shows the grid now (useful mid-cell); in JShell prints the listing. */
    public void show() {
        if (NotebookDisplay.showOnce(this, toMimeBundle()) == null) System.out.println(this);
    }

    public Map<String, Object> toMimeBundle() {
        StringBuilder h = new StringBuilder("<div style=\"font-family:system-ui,-apple-system,Segoe UI,sans-serif;"
                + "display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start;max-width:1100px\">");
        for (Item i : items) {
            String caption = i.workflowId() + " | " + i.captions().line(120);
            h.append(WorkflowCard.figure(i.file(), caption, THUMB));
        }
        for (String line : notSucceeded)
            h.append("<div style=\"font-size:12px;color:#cf222e\">").append(Html.esc(line)).append("</div>");
        h.append("</div>");
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", toString());
        bundle.put("text/html", h.toString());
        return bundle;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("gallery: " + items.size() + " file" + (items.size() == 1 ? "" : "s")
                + " from " + workflows + " workflow" + (workflows == 1 ? "" : "s"));
        for (Item i : items) {
            b.append("\n  ").append(i.file().describe()).append("  ").append(i.captions().line(60));
        }
        for (String line : notSucceeded) b.append("\n  ").append(line);
        return b.toString();
    }
}
