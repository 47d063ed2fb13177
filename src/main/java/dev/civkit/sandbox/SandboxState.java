package dev.civkit.sandbox;

import dev.civkit.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a sandbox remembers between processes, in a state folder: every workflow it accepted (its id
 * and request, one fsync'd line each, so a crash loses nothing acknowledged) and the port it listened
 * on. On the next start the sandbox takes the same port when free, so journals, handles and the CLI's
 * {@code get} find it again, and runs each remembered workflow again under its own id: the sandbox's
 * media is made from the request, so the pictures come out the same, and work that was in flight when
 * the process ended finishes. Media bytes are never stored: they are remade on demand.
 *
 * <p>Bounded: workflows older than {@link #KEEP} or beyond the newest {@link #MAX_WORKFLOWS} are
 * dropped when the folder is opened; {@link #reset(Path)} empties it. One process at a time owns a
 * folder (a file lock); another gets {@link InUseException}.
 */
final class SandboxState implements AutoCloseable {
    public static final Duration KEEP = Duration.ofDays(30);
    public static final int MAX_WORKFLOWS = 500;
    private static final String LOG = "workflows.jsonl", PORT = "port", LOCK = "lock";

    /** A workflow to run again: its id and the request as accepted. */
    record Saved(String id, ObjectNode template, Instant at) {}

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel log;

    private SandboxState(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating) the folder and takes its lock. */
    public static SandboxState open(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new Sandbox.StateInUseException(dir);
            }
            return new SandboxState(dir, ch, l);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the sandbox state folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes everything remembered in {@code dir}; false if there was nothing. */
    public static boolean reset(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The port of the last run, or 0 for any free one. */
    int port() {
        try {
            return Integer.parseInt(Files.readString(dir.resolve(PORT)).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    void port(int port) {
        write(dir.resolve(PORT), Integer.toString(port));
    }

    /**
     * The remembered workflows, oldest first, without deleted, expired or surplus ones; the log is
     * rewritten with just these so it stays bounded.
     */
    synchronized List<Saved> load(Instant now) {
        Map<String, Saved> byId = new LinkedHashMap<>();
        Path file = dir.resolve(LOG);
        if (Files.isRegularFile(file)) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    JsonNode n;
                    try {
                        n = Json.parse(line);
                    } catch (RuntimeException torn) {
                        continue; // a line cut by a crash mid-write was never acknowledged
                    }
                    if (n.has("deleted")) byId.remove(n.get("deleted").asString());
                    else if (n.path("template").isObject() && n.path("id").isString())
                        byId.put(n.get("id").asString(), new Saved(n.get("id").asString(), (ObjectNode) n.get("template"),
                                Instant.parse(n.path("at").asString(now.toString()))));
                }
            } catch (IOException | UncheckedIOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
            }
        }
        List<Saved> kept = new ArrayList<>();
        for (Saved s : byId.values()) if (s.at().isAfter(now.minus(KEEP))) kept.add(s);
        if (kept.size() > MAX_WORKFLOWS) kept = new ArrayList<>(kept.subList(kept.size() - MAX_WORKFLOWS, kept.size()));
        StringBuilder compact = new StringBuilder();
        for (Saved s : kept) compact.append(line(s.id(), s.template(), s.at())).append('\n');
        write(file, compact.toString());
        return kept;
    }

    /**
     * Runs every remembered workflow again under its own id: finished ones end as they did (the
     * sandbox's outcome is made from the request), ones cut off by the last exit finish now.
     */
    int replayInto(WorkflowStore store, Lifecycle lifecycle, Profile profile) {
        int n = 0;
        for (Saved s : load(Instant.now())) {
            if (store.get(s.id()) != null) continue;
            WorkflowState wf;
            try {
                wf = new WorkflowState(s.id(), s.template(), false, profile);
            } catch (RuntimeException unreadable) {
                continue; // accepted by an older sandbox whose rules have changed since: not answerable now
            }
            store.restore(wf);
            lifecycle.start(wf);
            n++;
        }
        return n;
    }

    /** Remembers a workflow just accepted, durably, before it is answered. */
    synchronized void added(String id, ObjectNode template, Instant at) {
        append(line(id, template, at));
    }

    synchronized void removed(String id) {
        ObjectNode n = Json.object();
        n.put("deleted", id);
        append(Json.write(n));
    }

    private static String line(String id, ObjectNode template, Instant at) {
        ObjectNode n = Json.object();
        n.put("id", id);
        n.put("at", at.toString());
        n.set("template", template);
        return Json.write(n);
    }

    private void append(String line) {
        try {
            if (log == null) log = FileChannel.open(dir.resolve(LOG), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            log.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            log.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(LOG) + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (log != null) log.close();
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // closing at exit: the OS releases the lock with the process anyway
        }
    }

    @Override
    public String toString() {
        return "sandbox state in " + dir;
    }
}
