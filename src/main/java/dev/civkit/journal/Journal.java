package dev.civkit.journal;

import dev.civkit.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An append-only JSON-lines record of what this machine submitted, so nothing is lost when
 * JShell or a kernel restarts. Each line is written and fsync'd before the call that wrote it
 * returns. Lines: {@code intent} (externalId, baseUrl, request; written before sending),
 * {@code submitted} (id, externalId, baseUrl, status), {@code rejected} (externalId, baseUrl, HTTP
 * status and title: the server refused the request, so nothing was created), {@code status} (a
 * terminal status), {@code downloaded} (folder and files). The API token is never written.
 *
 * <p>Location: {@code $CIVKIT_JOURNAL}, else {@code ~/.civkit/journal.jsonl}.
 */
public final class Journal {
    public static final String ENV = "CIVKIT_JOURNAL";
    private final Path path;
    private final Set<String> terminalRecorded = ConcurrentHashMap.newKeySet();

    private Journal(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public static Journal at(Path path) {
        return new Journal(path);
    }

    public static Journal fromEnvironment(Map<String, String> env) {
        String p = env.get(ENV);
        if (p != null && !p.isBlank()) return at(Path.of(p));
        return at(Path.of(System.getProperty("user.home"), ".civkit", "journal.jsonl"));
    }

    public Path path() {
        return path;
    }

    /** Written before the request leaves: if the answer is lost, resubmitting this key recovers it. */
    public void intent(String externalId, String baseUrl, JsonNode request) {
        intent(externalId, baseUrl, request, null);
    }

    /**
     * As above, sent to a session's own sandbox that remembers its workflows in {@code sandboxState}
     * (a folder, or {@value Entry#NO_STATE} when it keeps none; null: not such a sandbox), so a later 404
     * can say whether that sandbox may still know it and how to start it again.
     */
    public void intent(String externalId, String baseUrl, JsonNode request, String sandboxState) {
        ObjectNode n = line("intent");
        n.put("externalId", externalId);
        n.put("baseUrl", baseUrl);
        if (sandboxState != null) n.put("sandboxState", sandboxState);
        n.set("request", request);
        append(n);
    }

    public void submitted(String id, String externalId, String baseUrl, String status) {
        ObjectNode n = line("submitted");
        n.put("id", id);
        n.put("externalId", externalId);
        n.put("baseUrl", baseUrl);
        n.put("status", status);
        append(n);
        if (status != null && isTerminal(status)) terminalRecorded.add(id);
    }

    /**
     * The server refused the request outright (a non-transient 4xx): no workflow exists under this
     * key, and resending the same body would be refused again, so the intent is closed here.
     * Only the status and the problem's title are kept; the detail may quote the request back.
     */
    public void rejected(String externalId, String baseUrl, int httpStatus, String title) {
        ObjectNode n = line("rejected");
        n.put("externalId", externalId);
        n.put("baseUrl", baseUrl);
        n.put("httpStatus", httpStatus);
        if (title != null) n.put("title", title);
        append(n);
    }

    /**
     * Records a terminal status once per workflow and journal, with the orchestrator that answered
     * it: a workflow attached by id ({@code workflow("wf_…")}) has no submitted line to say where it lives.
     */
    public void terminal(String id, String baseUrl, String status) {
        if (id == null || !isTerminal(status) || !terminalRecorded.add(id)) return;
        ObjectNode n = line("status");
        n.put("id", id);
        n.put("baseUrl", baseUrl);
        n.put("status", status);
        append(n);
    }

    public void downloaded(String id, String baseUrl, Path dir, List<Path> files, boolean complete) {
        ObjectNode n = line("downloaded");
        n.put("id", id);
        n.put("baseUrl", baseUrl);
        n.put("dir", dir.toAbsolutePath().normalize().toString());
        var arr = n.putArray("files");
        for (Path f : files) arr.add(f.getFileName().toString());
        n.put("complete", complete);
        append(n);
    }

    /**
     * Every workflow the journal knows, folded from its lines, in submission order (the time of its
     * first intent, or of the first line that named it): one entry per workflow whatever order its
     * lines were written in, a resend under the same key keeping the entry's place and time.
     */
    public List<Entry> entries() {
        List<JsonNode> lines = lines();
        // A terminal status (id only) may be journalled before submit() journals
        // the id with its key; learning every id's key first keeps those lines on one entry.
        Map<String, String> keyOfId = new LinkedHashMap<>();
        for (JsonNode n : lines) {
            if (n.path("id").isString() && n.path("externalId").isString())
                keyOfId.putIfAbsent(n.get("id").asString(), n.get("externalId").asString());
        }
        Map<String, Entry.Builder> byKey = new LinkedHashMap<>();
        for (JsonNode n : lines) {
            String kind = n.path("event").asString("");
            String id = n.path("id").isString() ? n.get("id").asString() : null;
            String ext = n.path("externalId").isString() ? n.get("externalId").asString() : null;
            String key = ext != null ? ext : keyOfId.getOrDefault(id, id);
            if (key == null) continue;
            Entry.Builder b = byKey.computeIfAbsent(key, k -> new Entry.Builder());
            if (b.firstSeen == null) b.firstSeen = n.path("time").asString(null);
            if (ext != null) b.externalId = ext;
            if (id != null) b.id = id;
            if (n.path("baseUrl").isString()) b.baseUrl = n.get("baseUrl").asString();
            if (n.path("sandboxState").isString()) b.sandboxState = n.get("sandboxState").asString();
            switch (kind) {
                case "intent" -> {
                    b.request = n.get("request");
                    if (b.time == null) b.time = n.path("time").asString(null);
                    // sending the key again is a new attempt: an earlier refusal no longer settles it
                    if (Entry.REJECTED.equals(b.status)) {
                        b.status = null;
                        b.reason = null;
                    }
                }
                case "submitted" -> {
                    // A workflow sent without a key (the per-recipe path) was submitted when its id came back.
                    if (b.time == null && ext == null) b.time = n.path("time").asString(null);
                    b.status(n.path("status").asString(null));
                }
                case "status" -> b.status(n.path("status").asString(null));
                case "rejected" -> {
                    if (b.id == null) {
                        b.status = Entry.REJECTED;
                        b.reason = "HTTP " + n.path("httpStatus").asInt(0)
                                + (n.path("title").isString() ? " " + n.get("title").asString() : "");
                    }
                }
                case "downloaded" -> {
                    if (n.path("complete").asBoolean(false)) b.downloadedTo = n.path("dir").asString(null);
                }
                default -> { }
            }
        }
        List<Entry.Builder> builders = new ArrayList<>(byKey.values());
        // Appends from several threads or processes may land out of step with when each was sent.
        builders.sort(Comparator.comparing(Entry.Builder::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Entry> out = new ArrayList<>();
        builders.forEach(b -> out.add(b.build()));
        return out;
    }

    private List<JsonNode> lines() {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.isRegularFile(path)) return out;
        try {
            for (String s : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (s.isBlank()) continue;
                try {
                    out.add(Json.parse(s));
                } catch (RuntimeException torn) {
                    // a line cut short by a crash mid-write: the lines around it still count
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + path + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static ObjectNode line(String event) {
        ObjectNode n = Json.object();
        n.put("event", event);
        n.put("time", Instant.now().toString());
        return n;
    }

    /** One write per line under a file lock, then fsync: another process may be appending too. */
    private synchronized void append(ObjectNode n) {
        byte[] bytes = (Json.write(n) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Path dir = path.getParent();
            if (dir != null && !Files.isDirectory(dir)) Files.createDirectories(dir);
            boolean fresh = !Files.exists(path);
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                 FileLock ignored = ch.lock()) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            if (fresh) ownerOnly(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + path + " (set " + ENV + " to another file): " + e.getMessage(), e);
        }
    }

    // Requests carry prompts and metadata: keep them private to the user.
    private static void ownerOnly(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: leave the default
        }
    }

    static boolean isTerminal(String status) {
        return Set.of("succeeded", "failed", "expired", "canceled").contains(status);
    }

    @Override
    public String toString() {
        return "Journal[" + path + "]";
    }
}
