package dev.civkit.outputs;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved file is whole and is what it claims: checked from its own bytes, no sockets needed. */
@Tag("unit")
class IntegrityTest {
    @TempDir
    Path dir;

    static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        for (int y = 0; y < h; y += 8) {
            g.setColor(new Color((y * 7) % 255, (y * 3) % 255, 200));
            g.fillRect(0, y, w, 8);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out));
        return out.toByteArray();
    }

    Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aWholeJpegPassesWithItsPixelSizeAndAJpegCutInHalfIsCaught() throws Exception {
        byte[] jpeg = image("jpg", 320, 240);
        Integrity.Verified v = Integrity.check(file("ok", jpeg), "image/jpeg", "image");
        assertEquals("image/jpeg", v.contentType());
        assertEquals(320, v.width());
        assertEquals(240, v.height());
        // ImageIO alone decodes the first half of a JPEG into a picture with a grey bottom.
        byte[] half = Arrays.copyOf(jpeg, jpeg.length / 2);
        IOException e = assertThrows(IOException.class, () -> Integrity.check(file("half", half), "image/jpeg", "image"));
        assertTrue(e.getMessage().contains("cut off") || e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aLargePictureIsDecodedWholeAndKeepsItsTrueSize() throws Exception {
        byte[] jpeg = image("jpg", 2600, 300);
        Integrity.Verified v = Integrity.check(file("wide", jpeg), "image/jpeg", "image");
        assertEquals(2600, v.width());
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length * 3 / 4);
        assertThrows(IOException.class, () -> Integrity.check(file("wide-cut", cut), "image/jpeg", "image"));
    }

    @Test
    void aJpegWithItsEndMarkerButAMissingMiddleIsCaughtByTheFullDecode() throws Exception {
        byte[] jpeg = image("jpg", 320, 240);
        byte[] spliced = new byte[jpeg.length / 2 + 2];
        System.arraycopy(jpeg, 0, spliced, 0, jpeg.length / 2);
        spliced[spliced.length - 2] = (byte) 0xFF;
        spliced[spliced.length - 1] = (byte) 0xD9;
        assertThrows(IOException.class, () -> Integrity.check(file("spliced", spliced), "image/jpeg", "image"));
    }

    @Test
    void aTruncatedPngIsCaught() throws Exception {
        byte[] png = image("png", 64, 64);
        assertEquals(64, Integrity.check(file("ok.png", png), "image/png", "image").width());
        byte[] cut = Arrays.copyOf(png, png.length - 20);
        assertThrows(IOException.class, () -> Integrity.check(file("cut.png", cut), "image/png", "image"));
    }

    @Test
    void webpIsDecodedByARealReader() throws Exception {
        // A 1x1 lossless WebP.
        byte[] webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        Integrity.Verified v = Integrity.check(file("one.webp", webp), "image/webp", "image");
        assertEquals("image/webp", v.contentType());
        assertEquals(1, v.width());
        byte[] cut = Arrays.copyOf(webp, webp.length - 6);
        assertThrows(IOException.class, () -> Integrity.check(file("cut.webp", cut), "image/webp", "image"));
    }

    @Test
    void htmlOrTextIsNeverTakenForMediaWhateverItsContentType() throws Exception {
        byte[] page = "<!DOCTYPE html><html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> Integrity.check(file("p", page), "image/png", "image"));
        assertTrue(e.getMessage().contains("HTML page"), e.getMessage());
        IOException html = assertThrows(IOException.class, () -> Integrity.check(file("q", page), "application/octet-stream", "file"));
        assertTrue(html.getMessage().contains("HTML"), html.getMessage());
        byte[] text = "Access denied".getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> Integrity.check(file("t", text), "video/mp4", "video"));
        assertThrows(IOException.class, () -> Integrity.check(file("e", new byte[0]), "image/png", "image"));
        byte[] noise = new byte[256];
        new java.util.Random(1).nextBytes(noise);
        noise[0] = 0x01;
        assertThrows(IOException.class, () -> Integrity.check(file("n", noise), "image/png", "image"));
    }

    static byte[] box(String type, int payload) {
        byte[] b = new byte[8 + payload];
        int len = b.length;
        b[0] = (byte) (len >>> 24);
        b[1] = (byte) (len >>> 16);
        b[2] = (byte) (len >>> 8);
        b[3] = (byte) len;
        System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, b, 4, 4);
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void videoAndAudioAreCheckedByTheirContainers() throws Exception {
        byte[] ftyp = box("ftyp", 16);
        System.arraycopy("isom".getBytes(StandardCharsets.ISO_8859_1), 0, ftyp, 8, 4);
        byte[] mp4 = concat(ftyp, box("moov", 100), box("mdat", 1000));
        assertEquals("video/mp4", Integrity.check(file("v.mp4", mp4), "video/mp4", "video").contentType());
        byte[] cut = Arrays.copyOf(mp4, mp4.length - 300);
        IOException e = assertThrows(IOException.class, () -> Integrity.check(file("cut.mp4", cut), "video/mp4", "video"));
        assertTrue(e.getMessage().contains("cut off"), e.getMessage());

        byte[] wav = new byte[44 + 100];
        System.arraycopy("RIFF".getBytes(StandardCharsets.ISO_8859_1), 0, wav, 0, 4);
        int size = wav.length - 8;
        wav[4] = (byte) size;
        System.arraycopy("WAVE".getBytes(StandardCharsets.ISO_8859_1), 0, wav, 8, 4);
        assertEquals("audio/wav", Integrity.check(file("a.wav", wav), "audio/wav", "audio").contentType());
        assertThrows(IOException.class, () -> Integrity.check(file("cut.wav", Arrays.copyOf(wav, 80)), "audio/wav", "audio"));
        byte[] webm = concat(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, new byte[60]);
        assertEquals("video/webm", Integrity.check(file("w.webm", webm), "video/webm", "video").contentType());
        byte[] mp3 = concat("ID3".getBytes(StandardCharsets.ISO_8859_1), new byte[60]);
        assertEquals("audio/mpeg", Integrity.check(file("s.mp3", mp3), "audio/mpeg", "audio").contentType());
        // Audio where an image was promised is a substitution.
        assertThrows(IOException.class, () -> Integrity.check(file("x", mp3), "image/png", "image"));
    }
}
