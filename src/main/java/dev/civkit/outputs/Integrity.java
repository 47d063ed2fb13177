package dev.civkit.outputs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Says what a downloaded file really is, from its own bytes, and refuses one that is not whole:
 * images are decoded completely (a JPEG cut in half still decodes to a grey-bottomed picture with
 * only a warning, so warnings count as failures and the end marker is checked), MP4 boxes must
 * add up to the file's length, RIFF sizes must match, and an HTML or text page is never taken for
 * media whatever its Content-Type said.
 */
final class Integrity {
    /** What the bytes are: a content type, and pixel size for images. */
    record Verified(String contentType, Integer width, Integer height) {}

    private Integrity() {}

    static Verified check(Path file, String declaredType, String kind) throws IOException {
        long size = Files.size(file);
        if (size == 0) throw new IOException("the server sent an empty file");
        byte[] head = new byte[(int) Math.min(64, size)];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        }
        String type = sniff(head);
        String declared = declaredType == null ? "none" : declaredType;
        if (type == null) {
            boolean media = isMedia(kind) || isMedia(family(declaredType));
            if (looksLikeText(head) && (media || looksLikeHtml(head)))
                throw new IOException("the server sent " + (looksLikeHtml(head) ? "an HTML page" : "text")
                        + " instead of " + article(kind) + " (Content-Type " + declared + ")");
            if (media) throw new IOException("the bytes are not any known " + kind + " format (Content-Type " + declared + ")");
            return new Verified(declaredType == null ? "application/octet-stream" : declaredType, null, null);
        }
        String got = family(type);
        // Animated WebP or GIF may come from a video step; audio for an image (or the reverse) is a substitution.
        if (isMedia(kind) && !kind.equals(got) && (kind.equals("audio") || got.equals("audio")))
            throw new IOException("the server sent " + type + " where " + article(kind) + " was expected");
        if (type.startsWith("image/")) return image(file, type, size);
        if (type.equals("video/mp4") || type.equals("video/quicktime")) boxes(file, size, type);
        else if (type.equals("audio/wav") || type.equals("image/webp")) riff(file, size, type);
        return new Verified(type, null, null);
    }

    /** Content type from the file's signature, or null when it is none this kit knows. */
    static String sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) return "image/gif";
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) return "image/webp";
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) return "audio/wav";
        if (ascii(b, 0, "BM") && b.length > 14) return "image/bmp";
        if (ascii(b, 4, "ftyp")) return ascii(b, 8, "qt  ") ? "video/quicktime" : "video/mp4";
        if (starts(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) return "video/webm";
        if (ascii(b, 0, "OggS")) return "audio/ogg";
        if (ascii(b, 0, "fLaC")) return "audio/flac";
        if (ascii(b, 0, "ID3")) return "audio/mpeg";
        if (b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0 && (b[1] & 0x06) != 0) return "audio/mpeg";
        return null;
    }

    private static Verified image(Path file, String type, long size) throws IOException {
        if (type.equals("image/jpeg")) endsWith(file, size, type, 0xFF, 0xD9);
        if (type.equals("image/png")) endsWith(file, size, type, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82);
        if (type.equals("image/gif")) endsWith(file, size, type, 0x3B);
        if (type.equals("image/webp")) riff(file, size, type);
        ImageReader reader = reader(type);
        if (reader == null) return new Verified(type, null, null); // no decoder here (bmp variants): signature only
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            String[] warning = new String[1];
            reader.addIIOReadWarningListener((src, w) -> warning[0] = w);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            // Every byte is still decoded, but a huge picture is held at most ~1024 pixels a side.
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(w, h) / 1024);
            if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage img = reader.read(0, param);
            if (warning[0] != null) throw new IOException("the " + type + " image is damaged: " + warning[0]);
            if (img == null) throw new IOException("the " + type + " image decodes to nothing");
            return new Verified(type, w, h);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("the ")) throw io;
            throw new IOException("the " + type + " image does not decode completely: " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(String type) {
        Iterator<ImageReader> it = ImageIO.getImageReadersByMIMEType(type);
        if (!it.hasNext() && type.equals("image/webp")) {
            // A kernel that added the jar at run time: ImageIO scanned the class path before it was there.
            ImageIO.scanForPlugins();
            it = ImageIO.getImageReadersByMIMEType(type);
        }
        return it.hasNext() ? it.next() : null;
    }

    /** The format's end marker must be the file's last bytes: a cut-off file ends elsewhere. */
    private static void endsWith(Path file, long size, String type, int... tail) throws IOException {
        byte[] end = new byte[tail.length];
        if (size < tail.length) throw new IOException("the " + type + " file is cut off (" + size + " bytes)");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(size - tail.length);
            f.readFully(end);
        }
        if (!starts(end, 0, tail)) throw new IOException("the " + type + " file is cut off: it does not end with the format's end marker");
    }

    /** RIFF (WAV, WebP): the size in the header is the file's length less 8, padded to even. */
    private static void riff(Path file, long size, String type) throws IOException {
        byte[] h = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(h, 0, 8) < 8) throw new IOException("the " + type + " file is cut off");
        }
        long declared = (h[4] & 0xFFL) | (h[5] & 0xFFL) << 8 | (h[6] & 0xFFL) << 16 | (h[7] & 0xFFL) << 24;
        if (declared + 8 > size) throw new IOException("the " + type + " file is cut off: " + size + " of " + (declared + 8) + " bytes");
    }

    /** MP4/QuickTime: top-level boxes must tile the file exactly; a cut-off download leaves the last one short. */
    private static void boxes(Path file, long size, String type) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long pos = 0;
            int boxes = 0;
            while (pos < size) {
                if (size - pos < 8) throw new IOException("the " + type + " file is cut off inside a box header");
                f.seek(pos);
                long len = f.readInt() & 0xFFFFFFFFL;
                f.readInt(); // box type
                if (len == 1) {
                    if (size - pos < 16) throw new IOException("the " + type + " file is cut off inside a box header");
                    len = f.readLong();
                } else if (len == 0) {
                    len = size - pos; // extends to the end of the file
                }
                if (len < 8) throw new IOException("the " + type + " file has a malformed box at byte " + pos);
                if (pos + len > size) throw new IOException("the " + type + " file is cut off: a box needs "
                        + (pos + len) + " bytes, the file has " + size);
                pos += len;
                if (++boxes > 100_000) throw new IOException("the " + type + " file has implausibly many boxes");
            }
        }
    }

    static boolean looksLikeText(byte[] b) {
        int i = 0;
        if (starts(b, 0, 0xEF, 0xBB, 0xBF)) i = 3;
        if (i >= b.length) return true;
        for (; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) return false;
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1).strip().toLowerCase(Locale.ROOT);
        return s.startsWith("<!doctype") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<body") || s.startsWith("<?xml");
    }

    private static boolean isMedia(String kind) {
        return "image".equals(kind) || "video".equals(kind) || "audio".equals(kind);
    }

    private static String family(String contentType) {
        if (contentType == null) return null;
        int slash = contentType.indexOf('/');
        return slash < 0 ? null : contentType.substring(0, slash).toLowerCase(Locale.ROOT);
    }

    private static String article(String kind) {
        return kind == null || kind.isEmpty() ? "a file" : (kind.matches("[aeiou].*") ? "an " : "a ") + kind;
    }

    private static boolean starts(byte[] b, int at, int... sig) {
        if (b.length < at + sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((b[at + i] & 0xFF) != sig[i]) return false;
        return true;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        if (b.length < at + s.length()) return false;
        for (int i = 0; i < s.length(); i++) if (b[at + i] != (byte) s.charAt(i)) return false;
        return true;
    }
}
