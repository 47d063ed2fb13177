package dev.civkit.sweep;

import dev.civkit.display.Captions;
import dev.civkit.display.Fit;
import dev.civkit.display.Html;
import dev.civkit.outputs.SavedFile;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Images side by side, each under its label, in pages no larger than {@value #MAX_SIDE} pixels a
 * side (what viewers, notebooks and terminals show whole): a sweep's grid (rows by the first varied
 * field, columns by the rest, a page per block of at most {@value #MAX_COLUMNS} columns and
 * {@link #MAX_LINES} rows, the blocks as even as can be) or a few results to compare. The pages are PNG files in one folder with an
 * {@code index.html} listing them; the sheet shows one page at a time ({@link #page(int)}), page 1 first.
 */
public final class ContactSheet {
    static final int TILE = 192;
    private static final int PAD = 8;
    private static final int LABEL = 34;
    private static final int ROW_LABEL = 170;
    private static final int TITLE = 28;
    /** No page is wider or taller than this. */
    public static final int MAX_SIDE = 4096;
    /** Tiles a line holds; wider rows go on to the next page of columns. */
    static final int MAX_COLUMNS = 12;
    /** Lines of tiles a page holds under its title. */
    static final int MAX_LINES = (MAX_SIDE - PAD - TITLE) / (TILE + LABEL + PAD);
    static final String INDEX = "index.html";

    /** One picture and its caption; a null image draws a grey "no image" tile with the reason. */
    public record Tile(String caption, Path image, String note) {}

    /** A drawn page: its number from 1, its PNG, what it holds, its size. */
    public record Page(int number, Path file, String title, int width, int height, int images) {}

    /** A page before it is drawn: what it holds, row labels (or none), its lines of tiles (a null: no cell there). */
    private record Layout(String holds, List<String> labels, List<List<Tile>> lines) {}

    private final List<Page> pages;
    private final Path index;
    private final int shown;

    private ContactSheet(List<Page> pages, Path index, int shown) {
        this.pages = List.copyOf(pages);
        this.index = index;
        this.shown = shown;
    }

    /** The PNG of the page this sheet shows (page 1 unless {@link #page(int)} chose another). */
    public Path file() {
        return pages.get(shown).file();
    }

    /** Every page, in order. */
    public List<Page> pages() {
        return pages;
    }

    /** The HTML file listing every page with what it holds, next to them. */
    public Path index() {
        return index;
    }

    /** How many pictures the sheet holds over all its pages. */
    public int images() {
        return pages.stream().mapToInt(Page::images).sum();
    }

    /** The same sheet showing page {@code n} (from 1): a notebook draws that page. */
    public ContactSheet page(int n) {
        if (n < 1 || n > pages.size())
            throw new InvalidRequestException("page(n)", "a page from 1 to " + pages.size() + ", got " + n);
        return new ContactSheet(pages, index, n - 1);
    }

    /**
     * A sweep's grid in {@code folder}: rows by the first varied field (when more than one
     * varies), columns by the rest; cells that share a row value share a line, columns keep their
     * place from row to row, and a block of rows and columns too big for one page goes on the next.
     */
    static ContactSheet of(SweepResult result, Path folder) {
        List<String> dims = result.dimensions();
        String rowDim = dims.size() > 1 ? dims.get(0) : null;
        if (rowDim == null) {
            List<Tile> tiles = new ArrayList<>();
            for (Row r : result.rows()) if (r != null) tiles.add(tile(r, null));
            return draw(result.id(), flow(tiles), folder);
        }
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        Map<Long, Tile> at = new HashMap<>();
        for (Row r : result.rows()) {
            if (r == null) continue;
            Tile t = tile(r, rowDim);
            int row = rowOf.computeIfAbsent(rowDim + "=" + r.cell().get(rowDim), k -> rowOf.size());
            int column = columnOf.computeIfAbsent(t.caption(), k -> columnOf.size());
            at.put((long) row << 32 | column, t);
        }
        List<String> rowLabels = new ArrayList<>(rowOf.keySet());
        int rows = rowLabels.size();
        int columns = columnOf.size();
        List<Layout> layouts = new ArrayList<>();
        int rowStep = even(rows, MAX_LINES);
        int columnStep = even(columns, MAX_COLUMNS);
        for (int r0 = 0; r0 < rows; r0 += rowStep) {
            int r1 = Math.min(rows, r0 + rowStep);
            for (int c0 = 0; c0 < columns; c0 += columnStep) {
                int c1 = Math.min(columns, c0 + columnStep);
                List<List<Tile>> lines = new ArrayList<>();
                for (int r = r0; r < r1; r++) {
                    List<Tile> line = new ArrayList<>();
                    for (int c = c0; c < c1; c++) line.add(at.get((long) r << 32 | c));
                    lines.add(line);
                }
                layouts.add(new Layout(rowDim + " " + span(r0, r1, rows) + ", columns " + span(c0, c1, columns),
                        rowLabels.subList(r0, r1), lines));
            }
        }
        return draw(result.id(), layouts, folder);
    }

    /** Blocks of at most {@code max} as even as can be: 13 columns are 7 and 6, not 12 and a lone one. */
    private static int even(int n, int max) {
        int blocks = Math.max(1, (n + max - 1) / max);
        return Math.max(1, (n + blocks - 1) / blocks);
    }

    private static Tile tile(Row r, String rowDim) {
        List<String> rest = new ArrayList<>();
        r.cell().values().forEach((k, v) -> {
            if (!k.equals(rowDim)) rest.add(k + "=" + v);
        });
        String note = r.succeeded() ? (r.firstImage() == null ? "no image" : null) : r.status();
        return new Tile(String.join(", ", rest), r.firstImage(), note);
    }

    /** "1-17 of 40", or "all 3" when one page holds them. */
    private static String span(int from, int to, int of) {
        return from == 0 && to == of ? "all " + of : (from + 1) + "-" + to + " of " + of;
    }

    /** Several results in a row, e.g. from {@code compare(a, b, c)}, in {@code folder}. */
    public static ContactSheet row(List<Tile> tiles, Path folder) {
        return draw(folder.getFileName().toString(), flow(tiles), folder);
    }

    /** Tiles in reading order, {@value #MAX_COLUMNS} a line and {@link #MAX_LINES} lines a page, no row labels. */
    private static List<Layout> flow(List<Tile> tiles) {
        List<Layout> layouts = new ArrayList<>();
        int perPage = MAX_COLUMNS * MAX_LINES;
        for (int p0 = 0; p0 < Math.max(1, tiles.size()); p0 += perPage) {
            int p1 = Math.min(tiles.size(), p0 + perPage);
            List<List<Tile>> lines = new ArrayList<>();
            for (int l0 = p0; l0 < p1; l0 += MAX_COLUMNS) lines.add(tiles.subList(l0, Math.min(p1, l0 + MAX_COLUMNS)));
            layouts.add(new Layout("images " + span(p0, p1, tiles.size()), null, lines));
        }
        return layouts;
    }

    /** Draws each page into {@code folder} (its earlier pages removed first), one at a time, then the index. */
    private static ContactSheet draw(String name, List<Layout> layouts, Path folder) {
        try {
            Files.createDirectories(folder);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "page-*.png")) {
                for (Path p : old) Files.deleteIfExists(p);
            }
            List<Page> pages = new ArrayList<>();
            int digits = Integer.toString(layouts.size()).length();
            for (int i = 0; i < layouts.size(); i++) {
                String number = String.format(Locale.ROOT, "%0" + digits + "d", i + 1);
                String title = name + " | page " + (i + 1) + " of " + layouts.size() + " | " + layouts.get(i).holds();
                pages.add(drawPage(i + 1, title, layouts.get(i), folder.resolve("page-" + number + ".png")));
            }
            Path index = folder.resolve(INDEX);
            Files.writeString(index, indexHtml(name, pages));
            return new ContactSheet(pages, index, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write contact sheet in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String indexHtml(String name, List<Page> pages) {
        StringBuilder h = new StringBuilder("<!doctype html>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.esc(name)).append(" contact sheet</title>\n<h1>").append(Html.esc(name)).append(": ")
                .append(pages.size()).append(pages.size() == 1 ? " page" : " pages").append("</h1>\n<ol>\n");
        for (Page p : pages) {
            h.append("<li><a href=\"#p").append(p.number()).append("\">").append(Html.esc(p.title())).append("</a> (")
                    .append(p.images()).append(" images)</li>\n");
        }
        h.append("</ol>\n");
        for (Page p : pages) {
            String file = Html.esc(p.file().getFileName().toString());
            h.append("<h2 id=\"p").append(p.number()).append("\">").append(Html.esc(p.title())).append("</h2>\n<a href=\"")
                    .append(file).append("\"><img src=\"").append(file).append("\" loading=\"lazy\" style=\"max-width:100%\" alt=\"")
                    .append(Html.esc(p.title())).append("\"></a>\n");
        }
        return h.toString();
    }

    private static Page drawPage(int number, String title, Layout layout, Path file) throws IOException {
        boolean rowLabels = layout.labels() != null;
        int cols = Math.max(1, layout.lines().stream().mapToInt(List::size).max().orElse(1));
        int left = rowLabels ? ROW_LABEL : 0;
        int w = left + PAD + cols * (TILE + PAD);
        int h = PAD + TITLE + Math.max(1, layout.lines().size()) * (TILE + LABEL + PAD);
        BufferedImage sheet = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        int n = 0;
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.setColor(Color.BLACK);
            drawFitted(g, title, PAD, PAD + 16, w - 2 * PAD);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int y = PAD + TITLE;
            for (int l = 0; l < layout.lines().size(); l++) {
                if (rowLabels) {
                    g.setColor(Color.DARK_GRAY);
                    drawWrapped(g, layout.labels().get(l), PAD, y + 16, ROW_LABEL - 2 * PAD, TILE / 16);
                }
                int x = left + PAD;
                for (Tile t : layout.lines().get(l)) {
                    if (t != null) {
                        drawTile(g, t, x, y);
                        g.setColor(Color.DARK_GRAY);
                        drawFitted(g, t.caption(), x, y + TILE + 16, TILE);
                        n++;
                    }
                    x += TILE + PAD;
                }
                y += TILE + LABEL + PAD;
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(sheet, "png", file.toFile());
        return new Page(number, file, title, w, h, n);
    }

    private static void drawTile(Graphics2D g, Tile t, int x, int y) {
        BufferedImage img = null;
        try {
            if (t.image() != null) img = ImageIO.read(t.image().toFile());
        } catch (IOException e) {
            img = null;
        }
        if (img == null) {
            g.setColor(new Color(0xDDDDDD));
            g.fillRect(x, y, TILE, TILE);
            g.setColor(Color.GRAY);
            drawFitted(g, t.note() == null ? "no image" : t.note(), x + 8, y + TILE / 2, TILE - 16);
            return;
        }
        double scale = Math.min((double) TILE / img.getWidth(), (double) TILE / img.getHeight());
        int tw = (int) Math.round(img.getWidth() * scale);
        int th = (int) Math.round(img.getHeight() * scale);
        g.drawImage(img, x + (TILE - tw) / 2, y + (TILE - th) / 2, tw, th, null);
    }

    /** Row labels are long prompts: wrap them on word boundaries down the side of the row. */
    private static void drawWrapped(Graphics2D g, String text, int x, int y, int maxWidth, int maxLines) {
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        for (int i = 0; i < Math.min(lines.size(), maxLines); i++) {
            String l = i == maxLines - 1 && lines.size() > maxLines ? lines.get(i) + " …" : lines.get(i);
            drawFitted(g, l, x, y + i * (fm.getHeight() + 2), maxWidth);
        }
    }

    private static void drawFitted(Graphics2D g, String text, int x, int y, int maxWidth) {
        FontMetrics fm = g.getFontMetrics();
        String s = text == null ? "" : text;
        while (s.length() > 1 && fm.stringWidth(s) > maxWidth) s = s.substring(0, s.length() - 2) + "…";
        g.drawString(s, x, y);
    }

    /**
     * For notebooks: the page shown, inline as JPEG (the PNG on disk is lossless but several times
     * larger, and a saved notebook should stay small), and when there are more pages how to reach
     * them; the path as the text twin.
     */
    public Map<String, Object> toMimeBundle() {
        try {
            BufferedImage img = ImageIO.read(file().toFile());
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(img, "jpeg", jpeg);
            String data = Base64.getEncoder().encodeToString(jpeg.toByteArray());
            Map<String, Object> bundle = new LinkedHashMap<>();
            String others = others();
            bundle.put("text/plain", others == null ? toString() : toString() + "\n" + others);
            bundle.put("image/jpeg", data);
            if (others != null) {
                bundle.put("text/html", "<div><img src=\"data:image/jpeg;base64," + data + "\" style=\"max-width:100%\" alt=\""
                        + Html.esc(pages.get(shown).title()) + "\"><div style=\"font-family:sans-serif;font-size:13px;color:#555\">"
                        + Html.esc(others) + "</div></div>");
            }
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contact sheet " + file() + ": " + e.getMessage(), e);
        }
    }

    /** How to reach the other pages, or null when there is one. */
    private String others() {
        if (pages.size() == 1) return null;
        int next = shown + 2 <= pages.size() ? shown + 2 : 1;
        return "page " + (shown + 1) + " of " + pages.size() + " (" + images() + " images in all): .page(" + next + ") shows page "
                + next + "; every page is listed in " + index + "; a sweep result's browse() pages through the pictures";
    }

    @Override
    public String toString() {
        Page p = pages.get(shown);
        String head = pages.size() == 1 ? "contact sheet of " + p.images() + " images"
                : "contact sheet page " + p.number() + " of " + pages.size() + ": " + p.images() + " of " + images() + " images";
        return Fit.line(Fit.VAR, head, p.file().toString(), pages.size() == 1 ? p.width() + "x" + p.height() : "page(n) shows another");
    }

    /** A few results side by side, one tile each, drawn in the terminal too when it can show pictures. */
    public static ContactSheet compare(Session session, WorkflowHandle... handles) {
        if (handles.length == 0) throw new InvalidRequestException("compare(handles)", "name at least one workflow handle: compare(a, b, …), got none");
        List<ContactSheet.Tile> tiles = new ArrayList<>();
        StringBuilder name = new StringBuilder("compare");
        for (WorkflowHandle h : handles) {
            if (!h.isDone()) h.await();
            var files = h.workflow().succeeded() ? h.files() : List.<SavedFile>of();
            Path image = files.stream().map(f -> f.path()).filter(p -> p.toString().matches("(?i).*\\.(png|jpe?g)")).findFirst().orElse(null);
            tiles.add(new ContactSheet.Tile(caption(h), image, h.workflow().succeeded() ? null : h.status()));
            name.append('-').append(h.id(), Math.max(0, h.id().length() - 6), h.id().length());
        }
        ContactSheet sheet = row(tiles, session.outputRoot().resolve("compare").resolve(name.toString()));
        session.terminalImages().draw(session.out(), sheet.file());
        return sheet;
    }

    /** The gallery's caption: engine, seed, settings, prompt. */
    static String caption(WorkflowHandle h) {
        var request = h.request();
        String line = Captions.of(h.workflow(), request, null).line(60);
        return line.isEmpty() ? h.id() : line;
    }
}
