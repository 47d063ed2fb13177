package dev.civkit.display;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Turns saved files into what a notebook can embed: small image thumbnails and data URIs. */
final class Media {
    /** Longest side of an embedded card image; the full-size file stays on disk and is linked. */
    public static final int CARD_THUMB = 384;
    /** Media files up to this size are embedded in the notebook; bigger ones are linked. */
    public static final long EMBED_LIMIT = 512 * 1024;

    private Media() {}

    /** An embeddable image: its MIME type, base64 bytes and pixel size. */
    public record Thumb(String mime, String base64, int width, int height) {
        public String dataUri() {
            return "data:" + mime + ";base64," + base64;
        }
    }

    /**
     * Reads an image and shrinks it to at most {@code maxSide} pixels. Opaque pictures become JPEG
     * because a notebook keeps every embedded byte; pictures with transparency stay PNG.
     */
    public static Thumb thumbnail(Path file, int maxSide) {
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (img == null) throw new IllegalArgumentException(file + " is not an image Java can decode");
        int w = img.getWidth(), h = img.getHeight();
        double scale = Math.min(1.0, maxSide / (double) Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale)), th = Math.max(1, (int) Math.round(h * scale));
        boolean alpha = img.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(tw, th, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(img, 0, 0, tw, th, null);
        g.dispose();
        byte[] bytes = alpha ? png(out) : jpeg(out, 0.85f);
        return new Thumb(alpha ? "image/png" : "image/jpeg", Base64.getEncoder().encodeToString(bytes), tw, th);
    }

    /** The file as a data URI when it is small enough to embed, else null. */
    public static String dataUriIfSmall(Path file, String mime) {
        try {
            if (Files.size(file) > EMBED_LIMIT) return null;
            return "data:" + (mime == null ? "application/octet-stream" : mime) + ";base64,"
                    + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }

    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] jpeg(BufferedImage img, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
