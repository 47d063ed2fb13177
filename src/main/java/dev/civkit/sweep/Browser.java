package dev.civkit.sweep;

import dev.civkit.widget.WidgetView;
import dev.civkit.display.Thumbnails;
import dev.civkit.request.InvalidRequestException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep's results a page at a time: a filter per varied field, a page of at most {@link #pageSize()}
 * cells, and picks. Picks belong to the result ({@link SweepResult#picked()} answers them in the next
 * cell). Only the shown page is read from disk, as small thumbnails made on first sight and kept in
 * the sweep's folder, so a ten-thousand-cell sweep pages as fast as a ten-cell one.
 */
public final class Browser implements WidgetView {
    public static final int DEFAULT_PAGE = 48;
    /** Thumbnails are this many pixels a side: a grid of 48 stays a few hundred KB. */
    public static final int THUMB = 160;

    private final SweepResult result;
    private final int pageSize;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private int page = 1;
    private List<Row> matching;

    Browser(SweepResult result, int pageSize) {
        if (pageSize < 1 || pageSize > 200) throw new InvalidRequestException("browse(pageSize)", "must be from 1 to 200, got " + pageSize);
        this.result = result;
        this.pageSize = pageSize;
        this.matching = result.rows();
    }

    public SweepResult result() {
        return result;
    }

    public int pageSize() {
        return pageSize;
    }

    /** The varied fields, in the order the sweep added them. */
    public List<String> dimensions() {
        return result.dimensions();
    }

    /** The values a field took, in the order the sweep gave them, as they are shown and filtered. */
    public List<String> values(String dimension) {
        requireDimension(dimension);
        Set<String> out = new LinkedHashSet<>();
        for (Row r : result.rows()) out.add(String.valueOf(r.cell().get(dimension)));
        return List.copyOf(out);
    }

    /** Shows only the cells whose {@code dimension} is {@code value} (null shows all again); back to page 1. */
    public synchronized Browser filter(String dimension, Object value) {
        requireDimension(dimension);
        if (value == null) filters.remove(dimension);
        else {
            String v = String.valueOf(value);
            if (!values(dimension).contains(v))
                throw new InvalidRequestException("filter(" + dimension + ")", "no cell has " + dimension + "=" + v + "; its values: " + values(dimension));
            filters.put(dimension, v);
        }
        List<Row> m = new ArrayList<>();
        for (Row r : result.rows()) if (matches(r)) m.add(r);
        matching = List.copyOf(m);
        page = 1;
        return this;
    }

    public synchronized Map<String, String> filters() {
        return Map.copyOf(filters);
    }

    private boolean matches(Row r) {
        for (var f : filters.entrySet()) if (!f.getValue().equals(String.valueOf(r.cell().get(f.getKey())))) return false;
        return true;
    }

    private void requireDimension(String d) {
        if (d == null || !result.dimensions().contains(d))
            throw new InvalidRequestException("browse", "no varied field " + (d == null ? "null" : "\"" + d + "\"") + "; the sweep varied " + result.dimensions());
    }

    /** The cells the filters let through. */
    public synchronized List<Row> matching() {
        return matching;
    }

    public synchronized int pages() {
        return Math.max(1, (matching.size() + pageSize - 1) / pageSize);
    }

    /** Goes to page {@code n} (1 is the first); past the ends, to the nearest end. */
    public synchronized Browser page(int n) {
        page = Math.max(1, Math.min(n, pages()));
        return this;
    }

    public synchronized int page() {
        return page;
    }

    /** The cells on the current page. */
    public synchronized List<Row> visible() {
        int from = (page - 1) * pageSize;
        return matching.subList(Math.min(from, matching.size()), Math.min(from + pageSize, matching.size()));
    }

    /** A small JPEG of the cell's first image, made on first sight and kept; null when the cell has no image. */
    public Path thumbnail(Row row) {
        Path image = row.firstImage();
        return image == null ? null : Thumbnails.cached(image, result.folder().resolve("thumbs"), THUMB);
    }

    /** Its bytes, as they travel to the page; null without an image. */
    public byte[] thumbnailBytes(Row row) {
        Path image = row.firstImage();
        return image == null ? null : Thumbnails.cachedBytes(image, result.folder().resolve("thumbs"), THUMB);
    }

    /** "prompt=a fox, cfgScale=7": the caption under a cell, the filtered fields left out (they are the same for all). */
    public synchronized String caption(Row row) {
        List<String> parts = new ArrayList<>();
        row.cell().values().forEach((k, v) -> {
            if (!filters.containsKey(k)) parts.add(k + "=" + v);
        });
        return parts.isEmpty() ? "#" + row.cell().index() : String.join(", ", parts);
    }

    public Browser pick(int cell) {
        result.pick(cell);
        return this;
    }

    public Browser unpick(int cell) {
        result.unpick(cell);
        return this;
    }

    /** Picks an unpicked cell, unpicks a picked one; answers whether it is picked now. */
    public boolean toggle(int cell) {
        return result.togglePick(cell);
    }

    public boolean isPicked(int cell) {
        return result.isPicked(cell);
    }

    /**
     * In a notebook with widgets, the grid to click; where widgets do not show (executed headlessly, a
     * front end without the widget manager), the current page's thumbnails with their captions.
     */
    @Override
    public Map<String, Object> toMimeBundle() {
        Map<String, Object> grid = BrowserView.bundle(this);
        if (grid != null) return grid;
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("text/plain", toString());
        b.put("text/html", BrowserCard.html(this));
        return b;
    }

    @Override
    public synchronized String toString() {
        return "browser | sweep " + result.id() + " | " + matching.size() + " of " + result.rows().size() + " cells"
                + (filters.isEmpty() ? "" : " where " + filters) + " | page " + page + " of " + pages() + " | "
                + result.picked().size() + " picked";
    }
}
