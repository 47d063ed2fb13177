package dev.civkit.display;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * The bytes that draw a picture in a terminal, one method per way terminals know: the kitty graphics
 * protocol, iTerm2's inline images, sixel, and 24-bit-colour half blocks for every other terminal.
 * Pure functions of the picture, so each mode's bytes can be checked without a terminal.
 */
final class ImageEscapes {
    static final String ESC = "\u001b";
    /** Kitty reads at most 4096 bytes of base64 per escape; a multiple of 4 keeps every chunk decodable. */
    static final int KITTY_CHUNK = 4096;

    private ImageEscapes() {}

    /** Kitty graphics protocol: PNG sent in chunks, shown {@code columns} cells wide. */
    public static byte[] kitty(BufferedImage image, int columns) {
        String b64 = Base64.getEncoder().encodeToString(png(image));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b64.length(); i += KITTY_CHUNK) {
            String chunk = b64.substring(i, Math.min(b64.length(), i + KITTY_CHUNK));
            int more = i + KITTY_CHUNK < b64.length() ? 1 : 0;
            s.append(ESC).append("_G");
            if (i == 0) s.append("a=T,f=100,c=").append(columns).append(',');
            s.append("m=").append(more).append(';').append(chunk).append(ESC).append('\\');
        }
        return s.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** iTerm2 (also WezTerm, VS Code's terminal): OSC 1337 File with the PNG inline. */
    public static byte[] iterm(BufferedImage image, int columns) {
        byte[] png = png(image);
        String s = ESC + "]1337;File=inline=1;size=" + png.length + ";width=" + columns + ";preserveAspectRatio=1:"
                + Base64.getEncoder().encodeToString(png) + "\u0007\n";
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Sixel on a fixed 6×6×6 colour cube: no palette search, and every terminal with sixel has at
     * least 256 colour registers. Runs of four or more equal sixels are run-length coded.
     */
    public static byte[] sixel(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] idx = new int[w * h];
        boolean[] used = new boolean[216];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                int i = cube(rgb >> 16 & 255) * 36 + cube(rgb >> 8 & 255) * 6 + cube(rgb & 255);
                idx[y * w + x] = i;
                used[i] = true;
            }
        StringBuilder s = new StringBuilder(ESC + "P0;1;0q\"1;1;" + w + ";" + h);
        for (int i = 0; i < 216; i++)
            if (used[i]) s.append('#').append(i).append(";2;").append(i / 36 * 20).append(';').append(i / 6 % 6 * 20).append(';').append(i % 6 * 20);
        for (int band = 0; band < h; band += 6) {
            boolean first = true;
            for (int c = 0; c < 216; c++) {
                if (!used[c]) continue;
                StringBuilder row = new StringBuilder();
                boolean any = false;
                char prev = 0;
                int run = 0;
                for (int x = 0; x < w; x++) {
                    int bits = 0;
                    for (int k = 0; k < 6 && band + k < h; k++) if (idx[(band + k) * w + x] == c) bits |= 1 << k;
                    any |= bits != 0;
                    char ch = (char) (63 + bits);
                    if (ch == prev) run++;
                    else {
                        appendRun(row, prev, run);
                        prev = ch;
                        run = 1;
                    }
                }
                appendRun(row, prev, run);
                if (!any) continue;
                if (!first) s.append('$');
                s.append('#').append(c).append(row);
                first = false;
            }
            s.append('-');
        }
        return s.append(ESC).append("\\\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Upper half blocks: each character cell shows two pixels, the top one as foreground colour and
     * the bottom one as background, so a picture {@code columns} wide takes about half as many rows.
     */
    public static byte[] blocks(BufferedImage image, int columns) {
        int w = Math.max(1, Math.min(columns, image.getWidth()));
        int h = Math.max(2, (int) Math.round(image.getHeight() * (double) w / image.getWidth()));
        if (h % 2 == 1) h++;
        BufferedImage small = Thumbnails.scale(image, w, h);
        StringBuilder s = new StringBuilder();
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x++) {
                int top = small.getRGB(x, y), bottom = small.getRGB(x, y + 1);
                s.append(ESC).append("[38;2;").append(top >> 16 & 255).append(';').append(top >> 8 & 255).append(';').append(top & 255)
                        .append(";48;2;").append(bottom >> 16 & 255).append(';').append(bottom >> 8 & 255).append(';').append(bottom & 255)
                        .append("m\u2580");
            }
            s.append(ESC).append("[0m\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendRun(StringBuilder row, char ch, int run) {
        if (run == 0) return;
        if (run >= 4) row.append('!').append(run).append(ch);
        else row.append(String.valueOf(ch).repeat(run));
    }

    private static int cube(int v) {
        return (v * 5 + 127) / 255;
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG in memory: " + e.getMessage(), e);
        }
    }
}
