package dev.civkit.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Files a user names (a request body for {@code submit}, an image for {@code upload}): checked
 * before anything is sent, and read with a bound so {@code /dev/zero} or a 2 GB file cannot fill
 * the heap.
 */
public final class LocalFiles {
    private LocalFiles() {}

    /** The path of {@code name}; a name no path can have (a NUL character, say) is refused. */
    public static Path path(String name, String parameter) {
        Require.nonBlank(name, parameter, "a file name such as \"cat.png\"");
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new InvalidRequestException(parameter, "is not a usable file name (" + e.getReason() + "), got " + Text.quote(name));
        }
    }

    /**
     * A regular, readable, non-empty file: what {@code upload} and {@code submit FILE} need.
     * Devices, pipes and folders are refused by what they are.
     * @return its size in bytes
     */
    public static long regularFile(Path file, String parameter) {
        Require.nonNull(file, parameter, "a file path");
        if (!Files.exists(file)) throw new InvalidRequestException(parameter, "no such file: " + file);
        if (Files.isDirectory(file)) throw new InvalidRequestException(parameter, "is a folder, not a file: " + file);
        if (!Files.isRegularFile(file))
            throw new InvalidRequestException(parameter, "is not a regular file (a device or pipe?): " + file);
        if (!Files.isReadable(file)) throw new InvalidRequestException(parameter, "is not readable (check its permissions): " + file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InvalidRequestException(parameter, "cannot be read: " + file + " (" + e.getMessage() + ")");
        }
        if (size == 0) throw new InvalidRequestException(parameter, "is empty (0 bytes): " + file);
        return size;
    }

    /**
     * A folder to save outputs in: an existing folder that can be written to, or a path that can be
     * made inside one. Checked before anything is submitted or fetched, so a bad folder costs nothing.
     */
    public static Path outputFolder(Path dir, String parameter) {
        Require.nonNull(dir, parameter, "a folder such as Path.of(\"outputs\")");
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) throw new InvalidRequestException(parameter, "no part of this path exists: " + dir);
        if (!Files.isDirectory(existing))
            throw new InvalidRequestException(parameter, existing + " is a file, not a folder; name a folder to save outputs in (got " + dir + ")");
        if (!Files.isWritable(existing))
            throw new InvalidRequestException(parameter, "cannot write in " + existing + " (permissions); name a folder you can write to (got " + dir + ")");
        return dir;
    }

    /** A JSON request file: regular, at most {@link Limits#MAX_JSON_BYTES}, valid UTF-8. */
    public static String jsonText(Path file, String parameter) {
        long size = regularFile(file, parameter);
        if (size > Limits.MAX_JSON_BYTES)
            throw new InvalidRequestException(parameter, "a request file is at most " + Limits.MAX_JSON_BYTES / (1024 * 1024)
                    + " MB, this one has " + size + " bytes: " + file);
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return utf8(in.readNBytes((int) Limits.MAX_JSON_BYTES + 1), parameter + " (" + file + ")");
        } catch (IOException e) {
            // NOFOLLOW_LINKS refuses a symlink on some systems; read through it as the user meant.
            try (InputStream in = Files.newInputStream(file)) {
                return utf8(in.readNBytes((int) Limits.MAX_JSON_BYTES + 1), parameter + " (" + file + ")");
            } catch (IOException again) {
                throw new InvalidRequestException(parameter, "cannot be read: " + file + " (" + again.getMessage() + ")");
            }
        }
    }

    /** JSON from a stream (stdin), read with the same bound. */
    public static String jsonText(InputStream in, String parameter) {
        try {
            byte[] b = in.readNBytes((int) Limits.MAX_JSON_BYTES + 1);
            if (b.length == 0) throw new InvalidRequestException(parameter, "is empty: pipe a JSON request body in");
            return utf8(b, parameter);
        } catch (IOException e) {
            throw new InvalidRequestException(parameter, "cannot be read: " + e.getMessage());
        }
    }

    private static String utf8(byte[] bytes, String parameter) {
        if (bytes.length > Limits.MAX_JSON_BYTES)
            throw new InvalidRequestException(parameter, "a request body is at most " + Limits.MAX_JSON_BYTES / (1024 * 1024) + " MB; this one is larger");
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(parameter, "is not UTF-8 text (an image or other binary file?); a request body is JSON text");
        }
    }
}
