package dev.civkit.display;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes of each way of drawing a picture in a terminal, and the rule that picks one. */
@Tag("unit")
class TerminalImagesTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path dir;

    private static BufferedImage twoRows(int width, int top, int bottom) {
        BufferedImage img = new BufferedImage(width, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            img.setRGB(x, 0, top);
            img.setRGB(x, 1, bottom);
        }
        return img;
    }

    @Test
    void halfBlocksPutTheTopPixelInFrontAndTheBottomBehind() {
        String s = new String(ImageEscapes.blocks(twoRows(2, 0xff0000, 0x0000ff), 40), StandardCharsets.UTF_8);
        String cell = ESC + "[38;2;255;0;0;48;2;0;0;255m\u2580";
        assertEquals(cell + cell + ESC + "[0m\n", s);
    }

    @Test
    void halfBlocksOfALargePictureAreFortyColumnsWideKeepingTheAspect() {
        BufferedImage big = new BufferedImage(1024, 512, BufferedImage.TYPE_INT_RGB);
        String s = new String(TerminalImages.bytes(TerminalImages.Mode.BLOCKS, big), StandardCharsets.UTF_8);
        String[] rows = s.split("\n");
        assertEquals(10, rows.length, "1024x512 at 40 columns is 20 pixel rows, 10 text rows");
        for (String row : rows) assertEquals(40, row.chars().filter(c -> c == '\u2580').count());
    }

    @Test
    void kittySendsThePngInChunksOfAtMost4096() throws Exception {
        BufferedImage noise = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < 300; y++) for (int x = 0; x < 300; x++) noise.setRGB(x, y, r.nextInt(0x1000000));
        String s = new String(ImageEscapes.kitty(noise, 40), StandardCharsets.US_ASCII);
        assertTrue(s.startsWith(ESC + "_Ga=T,f=100,c=40,m=1;"), s.substring(0, 40));
        assertTrue(s.endsWith(ESC + "\\\n"));
        Matcher m = Pattern.compile(ESC + "_G(?:a=T,f=100,c=40,)?m=([01]);([A-Za-z0-9+/=]*)" + Pattern.quote(ESC + "\\")).matcher(s);
        StringBuilder b64 = new StringBuilder();
        int chunks = 0, end = 0;
        String lastMore = null;
        while (m.find()) {
            assertEquals(end, m.start(), "escapes follow each other with nothing between");
            end = m.end();
            assertTrue(m.group(2).length() <= 4096);
            if (lastMore != null) assertEquals("1", lastMore, "only the last chunk says m=0");
            lastMore = m.group(1);
            b64.append(m.group(2));
            chunks++;
        }
        assertEquals("0", lastMore);
        assertTrue(chunks > 10, "300x300 of noise is many chunks: " + chunks);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(b64.toString())));
        assertEquals(noise.getRGB(123, 45) & 0xffffff, back.getRGB(123, 45) & 0xffffff);
    }

    @Test
    void itermSendsOneOscWithTheSizeAndThePng() throws Exception {
        BufferedImage img = twoRows(3, 0x00ff00, 0x112233);
        String s = new String(ImageEscapes.iterm(img, 40), StandardCharsets.US_ASCII);
        Matcher m = Pattern.compile(Pattern.quote(ESC + "]1337;File=inline=1;size=") + "(\\d+);width=40;preserveAspectRatio=1:([A-Za-z0-9+/=]+)\u0007\n").matcher(s);
        assertTrue(m.matches(), s);
        byte[] png = Base64.getDecoder().decode(m.group(2));
        assertEquals(Integer.parseInt(m.group(1)), png.length);
        assertEquals(0x112233, ImageIO.read(new ByteArrayInputStream(png)).getRGB(2, 1) & 0xffffff);
    }

    @Test
    void sixelOnTheColourCubeWithRunLengths() {
        BufferedImage red = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 6; y++) for (int x = 0; x < 8; x++) red.setRGB(x, y, 0xff0000);
        assertEquals(ESC + "P0;1;0q\"1;1;8;6#180;2;100;0;0#180!8~-" + ESC + "\\\n",
                new String(ImageEscapes.sixel(red), StandardCharsets.US_ASCII));
        // Two colours in one band: black on the top three rows (bits 000111, "F"), white below (111000, "w"), "$" between passes.
        BufferedImage split = new BufferedImage(2, 6, BufferedImage.TYPE_INT_RGB);
        for (int y = 3; y < 6; y++) for (int x = 0; x < 2; x++) split.setRGB(x, y, 0xffffff);
        assertEquals(ESC + "P0;1;0q\"1;1;2;6#0;2;0;0;0#215;2;100;100;100#0FF$#215ww-" + ESC + "\\\n",
                new String(ImageEscapes.sixel(split), StandardCharsets.US_ASCII));
    }

    @Test
    void theTerminalSaysWhichWay() {
        assertEquals(TerminalImages.Mode.KITTY, Terminals.choose(Map.of("TERM", "xterm-kitty")));
        assertEquals(TerminalImages.Mode.KITTY, Terminals.choose(Map.of("TERM", "xterm-256color", "KITTY_WINDOW_ID", "1")));
        assertEquals(TerminalImages.Mode.ITERM, Terminals.choose(Map.of("TERM_PROGRAM", "iTerm.app", "TERM", "xterm-256color")));
        assertEquals(TerminalImages.Mode.ITERM, Terminals.choose(Map.of("TERM_PROGRAM", "WezTerm")));
        assertEquals(TerminalImages.Mode.SIXEL, Terminals.choose(Map.of("TERM", "foot")));
        assertEquals(TerminalImages.Mode.SIXEL, Terminals.choose(Map.of("TERM", "xterm-sixel")));
        assertEquals(TerminalImages.Mode.BLOCKS, Terminals.choose(Map.of("TERM", "xterm-256color")));
        assertEquals(TerminalImages.Mode.BLOCKS, Terminals.choose(Map.of("TERM", "xterm-kitty", "TMUX", "/tmp/tmux-0/default,1,0")),
                "inside tmux graphics escapes would not reach the terminal");
        assertEquals(TerminalImages.Mode.OFF, Terminals.choose(Map.of("TERM", "dumb")));
    }

    @Test
    void autoDrawsNothingWhenOutputIsNotATerminal() throws Exception {
        assertNull(System.console(), "the test JVM's output is a pipe");
        Path png = dir.resolve("a.png");
        ImageIO.write(twoRows(4, 0xff0000, 0x00ff00), "png", png.toFile());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        TerminalImages auto = new TerminalImages(TerminalImages.Mode.AUTO);
        assertEquals(TerminalImages.Mode.OFF, auto.effective());
        assertFalse(auto.draw(new PrintStream(buf), png));
        assertEquals(0, buf.size());
    }

    @Test
    void aForcedModeDrawsAndOffNeverDoes() throws Exception {
        Path png = dir.resolve("a.png");
        ImageIO.write(twoRows(4, 0xff0000, 0x00ff00), "png", png.toFile());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        TerminalImages images = new TerminalImages(TerminalImages.Mode.parse("blocks"));
        assertTrue(images.draw(new PrintStream(buf), png));
        assertTrue(buf.toString(StandardCharsets.UTF_8).startsWith(ESC + "[38;2;255;0;0;48;2;0;255;0m\u2580"));

        Path text = Files.writeString(dir.resolve("out.txt"), "not a picture");
        buf.reset();
        assertFalse(images.draw(new PrintStream(buf), text), "a file that is not a picture draws nothing");
        images.set(TerminalImages.Mode.OFF);
        assertFalse(images.draw(new PrintStream(buf), png));
        assertEquals(0, buf.size());
    }

    @Test
    void anUnknownModeIsRefusedWithTheChoices() {
        var e = assertThrows(IllegalArgumentException.class, () -> TerminalImages.Mode.parse("png"));
        assertEquals("terminal images: \"png\" is not a mode; use auto, off, kitty, iterm, sixel or blocks", e.getMessage());
    }
}
