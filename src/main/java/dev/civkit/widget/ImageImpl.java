package dev.civkit.widget;

import java.util.LinkedHashMap;
import java.util.Map;

final class ImageImpl extends WidgetImpl<Image> implements Image {
    ImageImpl(byte[] bytes) {
        super("ImageModel", "ImageView");
        init("value", check(bytes));
        init("format", formatOf(bytes));
        init("width", "");
        init("height", "");
    }

    private static byte[] check(byte[] bytes) {
        if (bytes == null) throw new IllegalArgumentException("image(null): give the image's bytes, e.g. image(Files.readAllBytes(path))");
        return bytes.clone();
    }

    /** Read from the bytes' signature: front ends need the MIME type the browser decodes by. */
    static String formatOf(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "png";
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) return "jpeg";
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return "webp";
        if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') return "gif";
        if (b.length == 0) return "png";
        throw new IllegalArgumentException("these " + b.length + " bytes are not a PNG, JPEG, WebP or GIF image");
    }

    @Override
    public byte[] value() {
        return ((byte[]) get("value")).clone();
    }

    @Override
    public Image value(byte[] bytes) {
        byte[] b = check(bytes);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", formatOf(b));
        m.put("value", b);
        putAll(m);
        return this;
    }

    @Override
    public String format() {
        return (String) get("format");
    }

    @Override
    boolean settable(String key, Object current) {
        return false;
    }

    @Override
    public String toString() {
        return "Image " + format() + " " + ((byte[]) get("value")).length + " bytes";
    }
}
