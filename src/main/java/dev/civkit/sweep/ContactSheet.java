package dev.civkit.sweep;

import dev.civkit.display.Captions;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Images side by side in one PNG, each under its label: a sweep's grid (rows by the first varied
 * field, columns by the rest) or a few results to compare. Shows inline in a notebook.
 */
public final class ContactSheet {
    static final int TILE = 192;
    private static final int PAD = 8;
    private static final int LABEL = 34;
    private static final int ROW_LABEL = 170;

    /** One picture and its caption; a null image draws a grey "no image" tile with the reason. */
    public record Tile(String caption, Path image, String note) {}

    private final Path file;
    private final int width;
    private final int height;
    private final int tiles;

    private ContactSheet(Path file, int width, int height, int tiles) {
        this.file = file;
        this.width = width;
        this.height = height;
        this.tiles = tiles;
    }

    public Path file() {
        return file;
    }

    static ContactSheet of(SweepResult result, Path file) {
        List<String> dims = result.dimensions();
        String rowDim = dims.size() > 1 ? dims.get(0) : null;
        Map<String, List<Tile>> grid = new LinkedHashMap<>();
        for (Row r : result.rows()) {
            String rowKey = rowDim == null ? "" : rowDim + "=" + r.cell().get(rowDim);
            List<String> rest = new ArrayList<>();
            r.cell().values().forEach((k, v) -> {
                if (!k.equals(rowDim)) rest.add(k + "=" + v);
            });
            String note = r.succeeded() ? (r.firstImage() == null ? "no image" : null) : r.status();
            grid.computeIfAbsent(rowKey, k -> new ArrayList<>()).add(new Tile(String.join(", ", rest), r.firstImage(), note));
        }
        return draw(grid, file);
    }

    /** Several results in one row, e.g. from {@code compare(a, b, c)}. */
    public static ContactSheet row(List<Tile> tiles, Path file) {
        Map<String, List<Tile>> grid = new LinkedHashMap<>();
        grid.put("", tiles);
        return draw(grid, file);
    }

    /** Wider rows wrap: a sheet stays readable, and under the 65,500-pixel limit image viewers have. */
    static final int MAX_COLUMNS = 12;

    private static ContactSheet draw(Map<String, List<Tile>> byRow, Path file) {
        List<Map.Entry<String, List<Tile>>> grid = new ArrayList<>();
        byRow.forEach((label, tiles) -> {
            for (int from = 0; from < tiles.size(); from += MAX_COLUMNS)
                grid.add(Map.entry(from == 0 ? label : "", tiles.subList(from, Math.min(tiles.size(), from + MAX_COLUMNS))));
        });
        if (grid.isEmpty()) grid.add(Map.entry("", List.of()));
        boolean rowLabels = byRow.keySet().stream().anyMatch(k -> !k.isEmpty());
        int cols = Math.max(1, grid.stream().mapToInt(e -> e.getValue().size()).max().orElse(1));
        int left = rowLabels ? ROW_LABEL : 0;
        int w = left + PAD + cols * (TILE + PAD);
        int h = PAD + grid.size() * (TILE + LABEL + PAD);
        BufferedImage sheet = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int y = PAD;
            int n = 0;
            for (Map.Entry<String, List<Tile>> row : grid) {
                if (rowLabels) {
                    g.setColor(Color.DARK_GRAY);
                    drawWrapped(g, row.getKey(), PAD, y + 16, ROW_LABEL - 2 * PAD, TILE / 16);
                }
                int x = left + PAD;
                for (Tile t : row.getValue()) {
                    drawTile(g, t, x, y);
                    g.setColor(Color.DARK_GRAY);
                    drawFitted(g, t.caption(), x, y + TILE + 16, TILE);
                    x += TILE + PAD;
                    n++;
                }
                y += TILE + LABEL + PAD;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(sheet, "png", file.toFile());
            return new ContactSheet(file, w, h, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write contact sheet " + file + ": " + e.getMessage(), e);
        } finally {
            g.dispose();
        }
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
     * For notebooks: the sheet inline, as JPEG — the PNG on disk is lossless but several times
     * larger, and a saved notebook should stay small — with the path as the text twin.
     */
    public Map<String, Object> toMimeBundle() {
        try {
            BufferedImage img = ImageIO.read(file.toFile());
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(img, "jpeg", jpeg);
            Map<String, Object> bundle = new LinkedHashMap<>();
            bundle.put("text/plain", toString());
            bundle.put("image/jpeg", Base64.getEncoder().encodeToString(jpeg.toByteArray()));
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contact sheet " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "contact sheet " + file + " (" + tiles + " images, " + width + "x" + height + ")";
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
        ContactSheet sheet = row(tiles, session.outputRoot().resolve("compare").resolve(name + ".png"));
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
