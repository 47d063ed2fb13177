package dev.civkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/**
 * Why a file could not be read, in words: the JDK's NoSuchFileException carries only the path, so
 * "cannot read x.json: x.json" said nothing.
 */
final class FileErrors {
    private FileErrors() {}

    static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof NoSuchFileException n)
            return "no such file" + (n.getFile() == null ? "" : " (looked for " + Path.of(n.getFile()).toAbsolutePath() + ")");
        if (t instanceof AccessDeniedException) return "permission denied";
        if (t instanceof CharacterCodingException) return "not UTF-8 text";
        if (t instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Is a directory")) return "it is a folder, not a file";
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
