package dev.civkit.widget;

/**
 * An image from bytes (PNG, JPEG, WebP, GIF), sent to the browser as one binary buffer: no base64,
 * so a several-megabyte image costs its size once.
 */
public interface Image extends Widget<Image> {
    byte[] value();

    /** Replaces the picture; the format is read from the bytes. */
    Image value(byte[] bytes);

    /** {@code "png"}, {@code "jpeg"}, {@code "webp"} or {@code "gif"}; set by {@link #value(byte[])}. */
    String format();
}
