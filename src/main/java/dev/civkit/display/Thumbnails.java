package dev.civkit.display;

import java.awt.image.BufferedImage;

/** Box-average downscaling: each target pixel is the mean of the source pixels it covers. */
final class Thumbnails {
    private Thumbnails() {}

    static BufferedImage scale(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int sw = src.getWidth(), sh = src.getHeight();
        for (int y = 0; y < h; y++) {
            int y0 = y * sh / h, y1 = Math.max(y0 + 1, (y + 1) * sh / h);
            for (int x = 0; x < w; x++) {
                int x0 = x * sw / w, x1 = Math.max(x0 + 1, (x + 1) * sw / w);
                long r = 0, g = 0, b = 0, n = 0;
                for (int yy = y0; yy < y1; yy++)
                    for (int xx = x0; xx < x1; xx++) {
                        int p = src.getRGB(xx, yy);
                        r += p >> 16 & 255;
                        g += p >> 8 & 255;
                        b += p & 255;
                        n++;
                    }
                out.setRGB(x, y, (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n));
            }
        }
        return out;
    }

    /** At most {@code maxWidth} pixels wide, same aspect; smaller pictures are left as they are. */
    static BufferedImage fit(BufferedImage src, int maxWidth) {
        if (src.getWidth() <= maxWidth) return src;
        int h = Math.max(1, (int) Math.round(src.getHeight() * (double) maxWidth / src.getWidth()));
        return scale(src, maxWidth, h);
    }
}
