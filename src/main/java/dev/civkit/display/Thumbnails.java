package dev.civkit.display;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Box-average downscaling: each target pixel is the mean of the source pixels it covers. Also the
 * small JPEG thumbnails a results browser pages through, made on first sight and kept on disk.
 */
public final class Thumbnails {
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

    /**
     * A JPEG of at most {@code side} pixels a side of {@code image}, made once and kept in
     * {@code cacheDir} (named by the source's name, size and time, so a changed file gets a new one):
     * a page of a large grid reads small files, and the second look at a page decodes nothing.
     * Null when the image cannot be read.
     */
    public static Path cached(Path image, Path cacheDir, int side) {
        try {
            long size = Files.size(image), time = Files.getLastModifiedTime(image).toMillis();
            String key = image.getFileName() + "-" + Long.toString(image.toAbsolutePath().getParent().hashCode() & 0xffffffffL, 36)
                    + "-" + Long.toString(size, 36) + Long.toString(time, 36) + "-" + side + ".jpg";
            Path thumb = cacheDir.resolve(key);
            if (Files.exists(thumb)) return thumb;
            BufferedImage src = ImageIO.read(image.toFile());
            if (src == null) return null;
            double k = Math.min(1.0, side / (double) Math.max(src.getWidth(), src.getHeight()));
            BufferedImage small = scale(src, Math.max(1, (int) Math.round(src.getWidth() * k)), Math.max(1, (int) Math.round(src.getHeight() * k)));
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, ".thumb-", ".tmp");
            ImageIO.write(small, "jpg", tmp.toFile());
            Files.move(tmp, thumb, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return thumb;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@link #cached} as bytes, or null. */
    public static byte[] cachedBytes(Path image, Path cacheDir, int side) {
        Path p = cached(image, cacheDir, side);
        try {
            return p == null ? null : Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
