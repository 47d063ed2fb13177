package dev.civkit.display;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Whether and how {@code show()} draws pictures in a terminal. {@code auto} draws only when the output
 * is a terminal, in the best way the terminal announces; a setting forces a way or turns it off.
 * One per session, shared by the session's variants (like its budget), so {@code terminalImages("off")}
 * holds after {@code token(…)}.
 */
public final class TerminalImages {
    /** How pictures are drawn: {@code AUTO} picks one of the others from the terminal. */
    public enum Mode {
        AUTO, OFF, KITTY, ITERM, SIXEL, BLOCKS;

        /** {@code "auto"}, {@code "off"}, {@code "kitty"}, {@code "iterm"}, {@code "sixel"} or {@code "blocks"}. */
        public static Mode parse(String text) {
            if (text != null) {
                String t = text.strip().toUpperCase(Locale.ROOT);
                for (Mode m : values()) if (m.name().equals(t)) return m;
                if (t.equals("ITERM2")) return ITERM;
            }
            throw new IllegalArgumentException("terminal images: \"" + text + "\" is not a mode; use auto, off, kitty, iterm, sixel or blocks");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Columns a picture takes: a thumbnail, about half an 80-column terminal. */
    public static final int COLUMNS = 40;

    private volatile Mode mode;

    public TerminalImages(Mode mode) {
        this.mode = mode;
    }

    /** {@code CIVKIT_TERMINAL_IMAGES} if set, else auto. */
    public static TerminalImages fromEnvironment(Map<String, String> env) {
        String v = env.get("CIVKIT_TERMINAL_IMAGES");
        return new TerminalImages(v == null || v.isBlank() ? Mode.AUTO : Mode.parse(v));
    }

    public Mode mode() {
        return mode;
    }

    public void set(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** The way pictures are drawn now: the setting, or for auto what this process's terminal can show. */
    public Mode effective() {
        return mode != Mode.AUTO ? mode : Terminals.isTerminal() ? Terminals.choose(System.getenv()) : Mode.OFF;
    }

    /**
     * Draws a picture file in the effective mode; a file that is not a picture (video, audio, text)
     * or cannot be read draws nothing. Returns whether it drew.
     */
    public boolean draw(PrintStream out, Path file) {
        Mode m = effective();
        if (m == Mode.OFF || m == Mode.AUTO) return false;
        BufferedImage image;
        try {
            if (!Files.isRegularFile(file)) return false;
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (image == null) return false;
        byte[] b = bytes(m, image);
        out.write(b, 0, b.length);
        out.flush();
        return true;
    }

    /** The bytes that draw {@code image} in mode {@code m} ({@code OFF} draws nothing). */
    public static byte[] bytes(Mode m, BufferedImage image) {
        return switch (m) {
            case KITTY -> ImageEscapes.kitty(Thumbnails.fit(image, 512), COLUMNS);
            case ITERM -> ImageEscapes.iterm(Thumbnails.fit(image, 512), COLUMNS);
            case SIXEL -> ImageEscapes.sixel(Thumbnails.fit(image, COLUMNS * 8));
            case BLOCKS -> ImageEscapes.blocks(image, COLUMNS);
            case OFF, AUTO -> new byte[0];
        };
    }

    @Override
    public String toString() {
        return "terminal images: " + mode + (mode == Mode.AUTO ? " (here: " + effective() + ")" : "");
    }
}
