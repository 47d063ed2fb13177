package dev.civkit.sandbox;

import java.awt.AWTError;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Deterministic stand-in media, so notebooks and tests see real, decodable files.
 *
 * <p>Images: the prompt's hash picks a palette and the seed (mixed with the step index) picks the
 * geometry — gradient direction, soft discs, a ripple — so prompts and seeds give visibly different
 * pictures while identical inputs give identical bytes. Smooth shapes keep even 1024x1024 files small.
 * The JDK has no WebP writer: {@code outputFormat: "webP"} yields a PNG served as {@code image/png}.
 *
 * <p>Audio is a real 16-bit mono WAV (a soft chord chosen by the text). Video is NOT a real movie:
 * the JDK cannot encode one, so videos are a minimal ISO-BMFF header ({@code ftyp} + {@code free})
 * served as {@code video/mp4} — enough for type sniffing and download code paths, not for playback.
 */
final class SyntheticMedia {
    private SyntheticMedia() {}

    static byte[] image(String prompt, long seed, int width, int height, int stepIndex, String format) {
        long paletteBits = MediaParams.hash(prompt);
        SplittableRandom geo = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stepIndex * 0xBF58476D1CE4E5B9L + 1);
        float hue = (paletteBits & 0xFFFF) / 65536f;
        Color[] palette = {
            Color.getHSBColor(hue, 0.55f, 0.95f),
            Color.getHSBColor(hue + 0.33f + ((paletteBits >>> 16) & 0xFF) / 1024f, 0.65f, 0.55f),
            Color.getHSBColor(hue + 0.6f, 0.45f, 1.0f),
        };
        double angle = geo.nextDouble() * Math.PI * 2;
        double dx = Math.cos(angle), dy = Math.sin(angle);
        int discs = 3 + geo.nextInt(3);
        double[][] disc = new double[discs][];
        for (int k = 0; k < discs; k++) disc[k] = new double[] {geo.nextDouble(), geo.nextDouble(), 0.08 + geo.nextDouble() * 0.25};
        double rippleFreq = 20 + geo.nextDouble() * 40;
        double rx = geo.nextDouble(), ry = geo.nextDouble();

        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            double v = (y + 0.5) / height;
            for (int x = 0; x < width; x++) {
                double u = (x + 0.5) / width;
                double t = clamp01(0.5 + ((u - 0.5) * dx + (v - 0.5) * dy));
                double r = lerp(palette[0].getRed(), palette[1].getRed(), t);
                double g = lerp(palette[0].getGreen(), palette[1].getGreen(), t);
                double b = lerp(palette[0].getBlue(), palette[1].getBlue(), t);
                for (double[] d : disc) {
                    double dist = Math.hypot(u - d[0], v - d[1]) / d[2];
                    if (dist < 1) {
                        double w = (1 - dist) * (1 - dist) * 0.85;
                        r = lerp(r, palette[2].getRed(), w);
                        g = lerp(g, palette[2].getGreen(), w);
                        b = lerp(b, palette[2].getBlue(), w);
                    }
                }
                double ripple = 14 * Math.sin(rippleFreq * Math.hypot(u - rx, v - ry));
                row[x] = (clampByte(r + ripple) << 16) | (clampByte(g + ripple) << 8) | clampByte(b + ripple);
            }
            img.setRGB(0, y, width, 1, row, 0, width);
        }
        caption(img, prompt);
        return encode(img, format);
    }

    /** Best effort: a headless JDK without fonts still yields the picture, just uncaptioned. */
    private static void caption(BufferedImage img, String prompt) {
        String words = String.join(" ", Arrays.stream(prompt.trim().split("\\s+")).limit(5).toList());
        if (words.isBlank() || img.getHeight() < 48) return;
        try {
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int size = Math.max(10, img.getHeight() / 48);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
            int y = img.getHeight() - size;
            g.setColor(new Color(0, 0, 0, 160));
            g.drawString(words, size + 1, y + 1);
            g.setColor(Color.WHITE);
            g.drawString(words, size, y);
            g.dispose();
        } catch (RuntimeException | LinkageError | AWTError e) {
            // no font subsystem: the caption is decoration only
        }
    }

    /** Bilinear rescale of an existing blob's pixels (upscaler, convertImage). */
    static byte[] rescale(byte[] source, double factor, String format) {
        BufferedImage src = decode(source);
        int w = Math.max(1, Math.min(Validation.MAX_DIMENSION, (int) Math.round(src.getWidth() * factor)));
        int h = Math.max(1, Math.min(Validation.MAX_DIMENSION, (int) Math.round(src.getHeight() * factor)));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return encode(out, format);
    }

    /** "Removes the background": keeps a soft central ellipse and makes the rest transparent (always PNG). */
    static byte[] cutout(byte[] source) {
        BufferedImage src = decode(source);
        int w = src.getWidth(), h = src.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x + 0.5) / w - 0.5, dy = (y + 0.5) / h - 0.5;
                double d = Math.sqrt(dx * dx + dy * dy) / 0.45;
                int alpha = clampByte(255 * clamp01((1 - d) * 6));
                out.setRGB(x, y, (alpha << 24) | (src.getRGB(x, y) & 0xFFFFFF));
            }
        }
        return encode(out, "png");
    }

    static int[] dimensions(byte[] image) {
        BufferedImage img = decode(image);
        return new int[] {img.getWidth(), img.getHeight()};
    }

    static String contentType(String format) { return "jpeg".equals(format) ? "image/jpeg" : "image/png"; }

    static final int WAV_RATE = 16_000;

    /** A short, real WAV: a soft chord whose root the text chooses, with fade in/out to avoid clicks. */
    static byte[] wav(String text, double seconds) {
        int samples = (int) Math.round(WAV_RATE * seconds);
        double root = 180 + Math.floorMod(MediaParams.hash(text), 180);
        ByteBuffer buf = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        buf.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(WAV_RATE).putInt(WAV_RATE * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        int fade = WAV_RATE / 20;
        for (int i = 0; i < samples; i++) {
            double t = (double) i / WAV_RATE;
            double s = Math.sin(2 * Math.PI * root * t) + 0.6 * Math.sin(2 * Math.PI * root * 1.25 * t)
                    + 0.4 * Math.sin(2 * Math.PI * root * 1.5 * t);
            double env = Math.min(1, Math.min(i, samples - 1 - i) / (double) fade);
            buf.putShort((short) Math.round(s / 2.0 * 0.3 * env * Short.MAX_VALUE));
        }
        return buf.array();
    }

    /** Placeholder, not a playable movie: see the class comment. */
    static byte[] videoPlaceholder(String prompt) {
        byte[] note = ("civkit sandbox placeholder video: " + prompt).getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(24 + 8 + note.length).order(ByteOrder.BIG_ENDIAN);
        buf.putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put("isom".getBytes(StandardCharsets.US_ASCII))
                .putInt(0x200).put("isom".getBytes(StandardCharsets.US_ASCII)).put("mp41".getBytes(StandardCharsets.US_ASCII));
        buf.putInt(8 + note.length).put("free".getBytes(StandardCharsets.US_ASCII)).put(note);
        return buf.array();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) throw new IllegalArgumentException("not an image");
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, "jpeg".equals(format) ? "jpeg" : "png", out))
                throw new IllegalStateException("no ImageIO writer for " + format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double lerp(double a, double b, double t) { return a + (b - a) * t; }

    private static double clamp01(double v) { return v < 0 ? 0 : v > 1 ? 1 : v; }

    private static int clampByte(double v) { return v < 0 ? 0 : v > 255 ? 255 : (int) v; }
}
