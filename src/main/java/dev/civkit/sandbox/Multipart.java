package dev.civkit.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Just enough multipart/form-data to take the first file part of an upload. */
final class Multipart {
    record Part(String name, String filename, String contentType, byte[] bytes) {}

    private Multipart() {}

    static String boundary(String contentType) {
        for (String p : contentType.split(";")) {
            String s = p.strip();
            if (s.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = s.substring(9);
                return b.startsWith("\"") && b.endsWith("\"") && b.length() > 1 ? b.substring(1, b.length() - 1) : b;
            }
        }
        return null;
    }

    /** The first part that carries a filename (else the first part), or null when there is none. */
    static Part firstFile(byte[] body, String boundary) {
        byte[] delim = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delim, 0);
        Part first = null;
        while (pos >= 0) {
            int start = pos + delim.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') break; // closing delimiter
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (headersEnd < 0) return first;
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
            if (next < 0) return first;
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            Part p = new Part(param(headers, "name"), param(headers, "filename"), header(headers, "content-type"),
                    Arrays.copyOfRange(body, headersEnd + 4, next));
            if (p.filename() != null) return p;
            if (first == null) first = p;
            pos = next + 2;
        }
        return first;
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
        }
        return null;
    }

    private static String param(String headers, String name) {
        String cd = header(headers, "content-disposition");
        if (cd == null) return null;
        for (String p : cd.split(";")) {
            String s = p.strip();
            if (s.startsWith(name + "=")) {
                String v = s.substring(name.length() + 1);
                return v.startsWith("\"") && v.endsWith("\"") && v.length() > 1 ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
